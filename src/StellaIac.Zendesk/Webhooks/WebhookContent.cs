using System.Text.Json.Serialization;

namespace StellaIac.Zendesk.Webhooks;

/// <summary>A whole webhook as written: the body of a create, and of an update (PUT replaces the webhook).</summary>
public sealed record WebhookContent
{
    public required string Name { get; init; }

    public string? Description { get; init; }

    public required string Endpoint { get; init; }

    public string HttpMethod { get; init; } = "POST";

    public string RequestFormat { get; init; } = "json";

    public string Status { get; init; } = "active";

    /// <summary>["conditional_ticket_events"] for a webhook that triggers notify.</summary>
    public IReadOnlyList<string> Subscriptions { get; init; } = [WebhookSubscriptions.ConditionalTicketEvents];

    public WebhookAuthentication? Authentication { get; init; }

    public IReadOnlyDictionary<string, string>? CustomHeaders { get; init; }

    [JsonIgnore]
    internal IReadOnlyList<string> SecretValues => Authentication?.SecretValues ?? [];
}
