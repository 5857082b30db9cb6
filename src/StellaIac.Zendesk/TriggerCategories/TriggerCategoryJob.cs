namespace StellaIac.Zendesk.TriggerCategories;

/// <summary>A batch job (POST /api/v2/trigger_categories/jobs) that places categories and triggers in one go.</summary>
public sealed record TriggerCategoryJob
{
    public IReadOnlyList<CategoryPlacement> TriggerCategories { get; init; } = [];

    public IReadOnlyList<TriggerPlacement> Triggers { get; init; } = [];
}
