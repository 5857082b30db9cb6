namespace StellaIac.Zendesk.Webhooks;

/// <summary>A webhook as Zendesk returns it (no password or token; a basic-auth username only).</summary>
public sealed record Webhook
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string? Description { get; init; }

    public required string Endpoint { get; init; }

    public required string HttpMethod { get; init; }

    public required string RequestFormat { get; init; }

    public required string Status { get; init; }

    public IReadOnlyList<string> Subscriptions { get; init; } = [];

    public WebhookAuthentication? Authentication { get; init; }

    public IReadOnlyDictionary<string, string>? CustomHeaders { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public string? CreatedBy { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }

    public string? UpdatedBy { get; init; }
}
