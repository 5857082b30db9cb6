namespace StellaIac.Engine.Deploy;

/// <summary>
/// One problem, whoever finds it (the engine, a provider's Check, a component's validator or lint): its
/// severity, a stable code that callers filter by (never the text), a summary, what to do, the resource it
/// concerns (its URN once registered, else the name it is declared under) and the property path.
/// </summary>
public sealed record Diagnostic(Severity Severity, string Code, string Summary, string Detail, string? Resource = null, string? Property = null)
{
    /// <summary>The exception behind the problem, for hosts that map causes to exit codes; never shown as such.</summary>
    public Exception? Cause { get; init; }

    /// <summary>An input a provider's Check refuses: the property path (e.g. <c>conditions.any[2].value</c>) and why.</summary>
    public static Diagnostic Invalid(string property, string reason)
        => new(Severity.Error, DiagnosticCodes.InvalidInput, "invalid input", reason, Property: property);
}
