namespace StellaIac.Zendesk.Http;

/// <summary>How the client retries rate-limited and transient failures.</summary>
public sealed record RetryOptions
{
    public int MaxRetries { get; init; } = 4;

    /// <summary>The first backoff; each retry doubles it, with jitter, up to <see cref="MaxDelay"/>.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>A Retry-After longer than this is not waited for: the request fails with the rate-limit error.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(120);
}
