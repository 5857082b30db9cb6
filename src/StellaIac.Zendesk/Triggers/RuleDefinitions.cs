namespace StellaIac.Zendesk.Triggers;

/// <summary>What this account allows in triggers: GET /api/v2/triggers/definitions.</summary>
public sealed record RuleDefinitions
{
    public IReadOnlyList<RuleDefinition> Actions { get; init; } = [];

    public IReadOnlyList<RuleDefinition> ConditionsAll { get; init; } = [];

    public IReadOnlyList<RuleDefinition> ConditionsAny { get; init; } = [];
}
