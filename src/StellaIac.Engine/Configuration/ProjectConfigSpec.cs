namespace StellaIac.Engine.Configuration;

/// <summary>A config key declared in Pulumi.yaml: its type, description, default or fixed value, and whether it is secret.</summary>
public sealed record ProjectConfigSpec
{
    /// <summary>string, integer, boolean, array or object; null when undeclared.</summary>
    public string? Type { get; init; }

    public string? Description { get; init; }

    public string? Default { get; init; }

    public string? Value { get; init; }

    public bool Secret { get; init; }
}
