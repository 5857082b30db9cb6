using System.Text.Json;

namespace StellaIac.Zendesk.Http;

/// <summary>
/// The cursor of the next page of a cursor-paginated answer. Zendesk writes <c>links.next</c> with the account's
/// host as Zendesk knows it, which can differ from the host the client called (another subdomain, a host-mapped
/// URL). Following that link would send credentials elsewhere, so only its <c>page[after]</c> is read (or
/// <c>meta.after_cursor</c>) and the next request goes to the configured host.
/// </summary>
internal static class PageCursor
{
    public const string After = "page[after]";

    /// <summary>The next page's cursor, or null on the last page; throws <see cref="FormatException"/> when more pages are announced without a cursor.</summary>
    public static string? Next(JsonElement root)
    {
        var meta = root.TryGetProperty("meta", out var m) && m.ValueKind == JsonValueKind.Object ? m : default;
        if (meta.ValueKind != JsonValueKind.Object || !meta.TryGetProperty("has_more", out var more) || more.ValueKind != JsonValueKind.True)
        {
            return null;
        }

        var fromLink = root.TryGetProperty("links", out var links) && links.ValueKind == JsonValueKind.Object
            && links.TryGetProperty("next", out var link) && link.ValueKind == JsonValueKind.String
            ? FromLink(link.GetString()!)
            : null;
        var fromMeta = meta.TryGetProperty("after_cursor", out var after) && after.ValueKind == JsonValueKind.String ? after.GetString() : null;
        return fromLink ?? (string.IsNullOrEmpty(fromMeta) ? throw new FormatException("meta.has_more is true but neither links.next nor meta.after_cursor names the next page") : fromMeta);
    }

    private static string? FromLink(string link)
    {
        var query = link.Split('?', 2) is [_, var q] ? q.Split('#', 2)[0] : "";
        var cursor = System.Web.HttpUtility.ParseQueryString(query)[After];
        return string.IsNullOrEmpty(cursor) ? null : cursor;
    }
}
