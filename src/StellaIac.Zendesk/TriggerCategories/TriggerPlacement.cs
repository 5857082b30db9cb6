namespace StellaIac.Zendesk.TriggerCategories;

/// <summary>Where a batch job puts one trigger: its category and position, and optionally its activity.</summary>
public sealed record TriggerPlacement
{
    public required string Id { get; init; }

    public string? CategoryId { get; init; }

    public int? Position { get; init; }

    public bool? Active { get; init; }
}
