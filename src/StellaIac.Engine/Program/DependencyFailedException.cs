namespace StellaIac.Engine.Program;

/// <summary>A resource was not registered because one it depends on failed.</summary>
public sealed class DependencyFailedException(string urn, Exception cause)
    : Exception($"{urn} was skipped: a resource it depends on failed ({cause.Message})", cause)
{
    public string Urn { get; } = urn;
}
