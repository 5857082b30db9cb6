using System.Text.Json.Serialization;

namespace StellaIac.Zendesk.Webhooks;

/// <summary>
/// A test request (POST /api/v2/webhooks/test). For an existing webhook Zendesk fills in what is left out
/// from the webhook itself (format, method, and authentication when of the same type).
/// </summary>
public sealed record WebhookTest
{
    public string? Endpoint { get; init; }

    public string? HttpMethod { get; init; }

    public string? RequestFormat { get; init; }

    /// <summary>The body to send, as text.</summary>
    public string? Payload { get; init; }

    public WebhookAuthentication? Authentication { get; init; }

    [JsonIgnore]
    internal IReadOnlyList<string> SecretValues => Authentication?.SecretValues ?? [];
}
