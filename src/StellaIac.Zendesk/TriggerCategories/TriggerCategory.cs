namespace StellaIac.Zendesk.TriggerCategories;

/// <summary>A trigger category. All triggers of an earlier category run before any of a later one.</summary>
public sealed record TriggerCategory
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public int Position { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }
}
