namespace StellaIac.Engine.Program;

/// <summary>An output of a resource whose registration failed: what its dependents see.</summary>
internal sealed class ResourceFailedException(string urn, Exception cause) : Exception($"{urn} failed: {cause.Message}", cause)
{
    public string Urn { get; } = urn;
}
