namespace StellaIac.Zendesk.Rules;

/// <summary>One trigger or automation condition: <c>{field, operator, value}</c>. Some operators take no value.</summary>
public sealed record Condition(string Field, string? Operator, RuleValue Value)
{
    /// <summary>A condition sent without a value reads as <see cref="RuleValue.None"/>.</summary>
    public RuleValue Value { get; init; } = Value ?? RuleValue.None;
}
