using System.Text.Json.Serialization;

namespace StellaIac.Zendesk.Webhooks;

/// <summary>
/// One attempt of an invocation, with what the endpoint answered. Live Zendesk accounts answer with
/// <c>status_code</c>, <c>completed_at</c> and <c>response.payload</c>; Zendesk's OpenAPI file documents
/// <c>response_code</c>, <c>created_at</c> and <c>response_body</c>. Both are read, the recorded names first.
/// </summary>
public sealed record WebhookInvocationAttempt
{
    public required string Id { get; init; }

    public string? InvocationId { get; init; }

    public required string Status { get; init; }

    public int? StatusCode { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }

    public WebhookAttemptResponse? Response { get; init; }

    /// <summary>The OpenAPI file's name for <see cref="StatusCode"/>.</summary>
    public int? ResponseCode { get; init; }

    /// <summary>The OpenAPI file's name for <see cref="Response"/>'s payload.</summary>
    public string? ResponseBody { get; init; }

    /// <summary>The OpenAPI file's name for <see cref="CompletedAt"/>.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    public string? ErrorMessage { get; init; }

    public int? DurationMs { get; init; }

    /// <summary>The HTTP status the endpoint answered, under either name.</summary>
    [JsonIgnore]
    public int? Code => StatusCode ?? ResponseCode;

    /// <summary>When the attempt was made, under either name.</summary>
    [JsonIgnore]
    public DateTimeOffset? At => CompletedAt ?? CreatedAt;

    /// <summary>What the endpoint answered, under either name.</summary>
    [JsonIgnore]
    public string? Body => Response?.PayloadText ?? ResponseBody;
}
