namespace StellaIac.Zendesk.TriggerCategories;

/// <summary>A category as written: create needs the name; a patch sends only what is set.</summary>
public sealed record TriggerCategoryContent
{
    public string? Name { get; init; }

    public int? Position { get; init; }
}
