using StellaIac.Zendesk.Rules;

namespace StellaIac.Zendesk.Automations;

/// <summary>A time-based automation. <see cref="Default"/> marks the ones Zendesk ships, such as the CSAT request.</summary>
public sealed record Automation
{
    public required long Id { get; init; }

    public required string Title { get; init; }

    public bool Active { get; init; }

    public bool Default { get; init; }

    public int Position { get; init; }

    public Conditions Conditions { get; init; } = new();

    public IReadOnlyList<RuleAction> Actions { get; init; } = [];

    public string? RawTitle { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }
}
