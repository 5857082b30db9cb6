namespace StellaIac.Zendesk.Triggers;

/// <summary>A value a condition or action subject allows (for via_id: the channel's id and title).</summary>
public sealed record RuleOption(string Value, string? Title, bool Enabled);
