namespace StellaIac.Zendesk.Webhooks;

/// <summary>One delivery of a webhook (Zendesk keeps the last 7 days).</summary>
public sealed record WebhookInvocation
{
    public required string Id { get; init; }

    public string? WebhookId { get; init; }

    /// <summary>unknown, accepted, success, failed, timeout, circuit broken, throttled, client error, server error.</summary>
    public required string Status { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public DateTimeOffset? LatestCompletedAt { get; init; }

    public string? EventType { get; init; }

    public int AttemptsCount { get; init; }

    public bool Failed => Status is not ("success" or "accepted" or "unknown");
}
