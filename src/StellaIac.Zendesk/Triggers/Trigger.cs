using StellaIac.Zendesk.Rules;

namespace StellaIac.Zendesk.Triggers;

/// <summary>A ticket trigger as Zendesk returns it. Condition values arrive as strings (via ids included).</summary>
public sealed record Trigger
{
    public required long Id { get; init; }

    public required string Title { get; init; }

    public bool Active { get; init; }

    public string? CategoryId { get; init; }

    public string? Description { get; init; }

    public Conditions Conditions { get; init; } = new();

    public IReadOnlyList<RuleAction> Actions { get; init; } = [];

    /// <summary>Its place in evaluation order within its category.</summary>
    public int Position { get; init; }

    public bool Default { get; init; }

    public string? RawTitle { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }
}
