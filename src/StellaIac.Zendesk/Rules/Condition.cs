namespace StellaIac.Zendesk.Rules;

/// <summary>One trigger or automation condition: <c>{field, operator, value}</c>. Some operators take no value.</summary>
public sealed record Condition(string Field, string? Operator, RuleValue Value)
{
    public Condition(string field, string? @operator, string value)
        : this(field, @operator, RuleValue.Of(value))
    {
    }
}
