using StellaIac.Zendesk.Rules;

namespace StellaIac.Zendesk.Triggers;

/// <summary>
/// A trigger as written: the body of a create and of an update. An update replaces both conditions and
/// actions, so both are always sent whole.
/// </summary>
public sealed record TriggerContent
{
    public required string Title { get; init; }

    public bool Active { get; init; } = true;

    public string? CategoryId { get; init; }

    public string? Description { get; init; }

    public required Conditions Conditions { get; init; }

    public required IReadOnlyList<RuleAction> Actions { get; init; }
}
