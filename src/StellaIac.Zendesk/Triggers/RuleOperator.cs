namespace StellaIac.Zendesk.Triggers;

/// <summary>An operator a condition subject takes; a terminal one takes no value.</summary>
public sealed record RuleOperator(string Value, string? Title, bool Terminal);
