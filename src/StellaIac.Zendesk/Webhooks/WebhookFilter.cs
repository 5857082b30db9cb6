namespace StellaIac.Zendesk.Webhooks;

/// <summary>Filters for listing webhooks.</summary>
public sealed record WebhookFilter
{
    public string? NameContains { get; init; }

    /// <summary>"active" or "inactive".</summary>
    public string? Status { get; init; }

    internal IEnumerable<KeyValuePair<string, string>> ToQuery()
    {
        if (NameContains is { } name)
        {
            yield return new("filter[name_contains]", name);
        }

        if (Status is { } status)
        {
            yield return new("filter[status]", status);
        }
    }
}
