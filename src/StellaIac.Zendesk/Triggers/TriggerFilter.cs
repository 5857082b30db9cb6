namespace StellaIac.Zendesk.Triggers;

/// <summary>Filters for listing triggers.</summary>
public sealed record TriggerFilter
{
    public string? CategoryId { get; init; }

    public bool? Active { get; init; }

    /// <summary>alphabetical, created_at, updated_at or position (prefix '-' for descending).</summary>
    public string? Sort { get; init; }

    internal IEnumerable<KeyValuePair<string, string>> ToQuery()
    {
        if (CategoryId is { } category)
        {
            yield return new("category_id", category);
        }

        if (Active is { } active)
        {
            yield return new("active", active ? "true" : "false");
        }

        if (Sort is { } sort)
        {
            yield return new("sort", sort);
        }
    }
}
