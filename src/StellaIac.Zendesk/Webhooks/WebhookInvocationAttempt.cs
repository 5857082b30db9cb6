namespace StellaIac.Zendesk.Webhooks;

/// <summary>One attempt of an invocation, with what the endpoint answered.</summary>
public sealed record WebhookInvocationAttempt
{
    public required string Id { get; init; }

    public string? InvocationId { get; init; }

    public required string Status { get; init; }

    public int? ResponseCode { get; init; }

    public string? ResponseBody { get; init; }

    public string? ErrorMessage { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public int? DurationMs { get; init; }
}
