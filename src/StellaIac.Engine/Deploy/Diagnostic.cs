namespace StellaIac.Engine.Deploy;

/// <summary>What users see of a problem: its severity, a summary, what to do, and the resource and property it concerns.</summary>
public sealed record Diagnostic(Severity Severity, string Summary, string Detail, string? Urn = null, string? Property = null)
{
    /// <summary>The exception behind the problem, for hosts that map causes to exit codes; never shown as such.</summary>
    public Exception? Cause { get; init; }
}
