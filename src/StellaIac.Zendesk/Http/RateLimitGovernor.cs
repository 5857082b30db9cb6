using System.Globalization;

namespace StellaIac.Zendesk.Http;

/// <summary>
/// Reads Zendesk's X-Rate-Limit and X-Rate-Limit-Remaining headers and paces requests once the remaining
/// budget falls into the reserve, so that a long apply slows down instead of hitting 429.
/// </summary>
internal sealed class RateLimitGovernor(double reserveShare, TimeProvider time)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly Lock gate = new();
    private int? limit;
    private int? remaining;
    private DateTimeOffset? resetAt;

    public void Observe(HttpResponseMessage response)
    {
        var observedLimit = Header(response, "X-Rate-Limit") ?? Header(response, "ratelimit-limit");
        var observedRemaining = Header(response, "X-Rate-Limit-Remaining") ?? Header(response, "ratelimit-remaining");
        var reset = Header(response, "ratelimit-reset");
        if (observedLimit is null || observedRemaining is null)
        {
            return;
        }

        lock (gate)
        {
            limit = observedLimit;
            remaining = observedRemaining;
            resetAt = reset is { } seconds ? time.GetUtcNow().AddSeconds(seconds) : null;
        }
    }

    /// <summary>How long to wait before the next request; takes one request from the known budget.</summary>
    public TimeSpan TakeDelay()
    {
        lock (gate)
        {
            if (resetAt is { } passed && passed <= time.GetUtcNow())
            {
                // Zendesk's window has rolled over since the last answer: what it said remained no longer holds.
                limit = remaining = null;
                resetAt = null;
            }

            if (limit is not { } max || max <= 0 || remaining is not { } left)
            {
                return TimeSpan.Zero;
            }

            var reserve = (int)Math.Ceiling(max * reserveShare);
            remaining = left - 1;
            var spacing = Window / max;
            if (left <= 0)
            {
                // The budget is spent: a request now would only earn a 429.
                var untilReset = resetAt is { } reset ? reset - time.GetUtcNow() : spacing;
                return untilReset > spacing ? untilReset : spacing;
            }

            return left > reserve ? TimeSpan.Zero : spacing;
        }
    }

    private static int? Header(HttpResponseMessage response, string name)
        => response.Headers.TryGetValues(name, out var values)
           && int.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}
