namespace StellaIac.StellaConnect.Lint;

/// <summary>A payload problem: an error when no ticket can render valid, a warning when some tickets break it.</summary>
public sealed record LintFinding(bool IsError, string Trigger, string Summary, string Detail);
