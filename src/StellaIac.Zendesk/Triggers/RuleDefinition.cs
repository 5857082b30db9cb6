namespace StellaIac.Zendesk.Triggers;

/// <summary>One condition or action subject (status, via_id, custom_fields_123, notification_webhook ...).</summary>
public sealed record RuleDefinition
{
    public required string Subject { get; init; }

    public string? Title { get; init; }

    public string? Type { get; init; }

    public string? Group { get; init; }

    public bool Nullable { get; init; }

    public bool Repeatable { get; init; }

    public IReadOnlyList<RuleOperator> Operators { get; init; } = [];

    public IReadOnlyList<RuleOption> Values { get; init; } = [];
}
