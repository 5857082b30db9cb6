using System.Globalization;

namespace StellaIac.Zendesk.Webhooks;

/// <summary>Filters for a webhook's invocations.</summary>
public sealed record InvocationFilter
{
    public DateTimeOffset? From { get; init; }

    public DateTimeOffset? To { get; init; }

    public string? Status { get; init; }

    /// <summary>Newest first (<c>sort=-latest_completed_at</c>), so that a bounded read sees the latest ones.</summary>
    public bool NewestFirst { get; init; }

    internal IEnumerable<KeyValuePair<string, string>> ToQuery()
    {
        if (From is { } from)
        {
            yield return new("filter[from_ts]", from.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
        }

        if (To is { } to)
        {
            yield return new("filter[to_ts]", to.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
        }

        if (Status is { } status)
        {
            yield return new("filter[status]", status);
        }

        if (NewestFirst)
        {
            yield return new("sort", "-latest_completed_at");
        }
    }
}
