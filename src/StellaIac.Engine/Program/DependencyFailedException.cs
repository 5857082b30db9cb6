namespace StellaIac.Engine.Program;

/// <summary>A resource was not registered because one it depends on failed.</summary>
public sealed class DependencyFailedException(string urn, string dependencyUrn, Exception cause)
    : Exception($"{urn} was skipped: {dependencyUrn} failed", cause)
{
    public string Urn { get; } = urn;

    public string DependencyUrn { get; } = dependencyUrn;
}
