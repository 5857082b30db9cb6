using System.Net;

namespace StellaIac.Zendesk.Errors;

/// <summary>429: the account's rate limit was hit and retrying did not get through.</summary>
public sealed class ZendeskRateLimitException(HttpMethod method, string path, ZendeskError error, TimeSpan? retryAfter)
    : ZendeskException(method, path, HttpStatusCode.TooManyRequests, error)
{
    /// <summary>How long Zendesk asked to wait, if it said.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
