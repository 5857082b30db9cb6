namespace StellaIac.StellaConnect;

/// <summary>An exclusion trigger ("Do not send Stella Connect request"): when its conditions hold, it ticks the do-not-send box.</summary>
public sealed record ExclusionRule
{
    public string Title { get; init; } = "Do not send Stella Connect request";

    public IReadOnlyList<RuleCondition> All { get; init; } = [];

    public IReadOnlyList<RuleCondition> Any { get; init; } = [];
}
