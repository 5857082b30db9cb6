namespace StellaIac.Engine.Deploy;

/// <summary>A step failed; its diagnostic is in the result, and resources that depend on it are skipped.</summary>
public sealed class StepFailedException(string urn, string message, Exception? inner = null) : Exception(message, inner)
{
    public string Urn { get; } = urn;
}
