using StellaIac.Zendesk.Triggers;

namespace StellaIac.Zendesk.TriggerCategories;

/// <summary>What a batch job changed.</summary>
public sealed record TriggerCategoryJobResult
{
    public string? Status { get; init; }

    public JobResults Results { get; init; } = new();

    public sealed record JobResults
    {
        public IReadOnlyList<TriggerCategory> TriggerCategories { get; init; } = [];

        public IReadOnlyList<Trigger> Triggers { get; init; } = [];
    }
}
