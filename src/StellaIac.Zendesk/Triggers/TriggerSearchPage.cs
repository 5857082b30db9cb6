namespace StellaIac.Zendesk.Triggers;

/// <summary>One page of /api/v2/triggers/search, which pages by offset only.</summary>
internal sealed record TriggerSearchPage
{
    public IReadOnlyList<Trigger> Triggers { get; init; } = [];

    public string? NextPage { get; init; }
}
