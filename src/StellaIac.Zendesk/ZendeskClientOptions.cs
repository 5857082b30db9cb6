using StellaIac.Zendesk.Http;

namespace StellaIac.Zendesk;

/// <summary>Everything a <see cref="ZendeskClient"/> needs to reach one account.</summary>
public sealed record ZendeskClientOptions
{
    public required ZendeskEndpoint Endpoint { get; init; }

    public required ZendeskCredentials Credentials { get; init; }

    public RetryOptions Retry { get; init; } = new();

    /// <summary>How long one attempt may take before it counts as timed out.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The share of the per-minute rate limit kept in reserve: below it the client paces its requests.</summary>
    public double RateLimitReserve { get; init; } = 0.1;

    /// <summary>The command's own budget of requests a minute, shared by its clients; null for none beyond Zendesk's.</summary>
    public RequestPacer? Pacer { get; init; }

    /// <summary>Told of every attempt; carries no credential.</summary>
    public Action<ZendeskRequestEvent>? OnRequest { get; init; }

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>The product name sent in User-Agent.</summary>
    public string UserAgent { get; init; } = "StellaIac";
}
