using System.Text.Json.Serialization;

namespace StellaIac.Zendesk.Webhooks;

/// <summary>A partial update (PATCH, merge semantics): properties left null stay as they are; a custom header set to null is removed.</summary>
public sealed record WebhookPatch
{
    public string? Name { get; init; }

    public string? Description { get; init; }

    public string? Endpoint { get; init; }

    public string? HttpMethod { get; init; }

    public string? RequestFormat { get; init; }

    public string? Status { get; init; }

    public IReadOnlyList<string>? Subscriptions { get; init; }

    public WebhookAuthentication? Authentication { get; init; }

    public IReadOnlyDictionary<string, string?>? CustomHeaders { get; init; }

    [JsonIgnore]
    internal IReadOnlyList<string> SecretValues => Authentication?.SecretValues ?? [];
}
