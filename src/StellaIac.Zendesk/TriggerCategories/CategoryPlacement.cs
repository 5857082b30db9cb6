namespace StellaIac.Zendesk.TriggerCategories;

/// <summary>Where a batch job puts one category.</summary>
public sealed record CategoryPlacement(string Id, int Position);
