namespace StellaIac.StellaConnect;

/// <summary>A trigger condition the user gives (business logic, exclusion rules, a custom channel): field, operator, value.</summary>
public sealed record RuleCondition(string Field, string? Operator, string? Value)
{
    public static RuleCondition Channel(int viaId) => new("via_id", "is", viaId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static RuleCondition TagIncludes(string tag) => new("current_tags", "includes", tag);

    public override string ToString() => $"{Field} {Operator} {Value}".TrimEnd();
}
