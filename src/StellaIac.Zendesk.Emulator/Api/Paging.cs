using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace StellaIac.Zendesk.Emulator.Api;

/// <summary>
/// Zendesk's two pagination styles. With any <c>page[...]</c> parameter: cursor pagination (<c>meta.has_more</c>,
/// <c>links.next</c>). Without: offset pagination (<c>page</c>, <c>per_page</c>, <c>next_page</c>, <c>count</c>),
/// which Zendesk refuses past 10,000 records.
/// </summary>
internal static class Paging
{
    private const int MaxPageSize = 100;
    private const int MaxOffsetRecords = 10_000;

    public static JsonAnswer Respond(ApiContext context, string key, IReadOnlyList<JsonNode> items, bool cursorOnly = false, bool offsetOnly = false)
    {
        var query = context.Query;
        var cursor = cursorOnly || (!offsetOnly && (query.ContainsKey("page[size]") || query.ContainsKey("page[after]") || query.ContainsKey("page[before]")));
        return cursor ? Cursor(context, key, items) : Offset(context, key, items);
    }

    private static JsonAnswer Cursor(ApiContext context, string key, IReadOnlyList<JsonNode> items)
    {
        var query = context.Query;
        var size = MaxPageSize;
        if (query.TryGetValue("page[size]", out var sizeText) && (!int.TryParse(sizeText, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size < 1))
        {
            return Invalid("page[size]");
        }

        size = Math.Min(size, MaxPageSize);
        var start = 0;
        var end = items.Count;
        if (query.TryGetValue("page[after]", out var after))
        {
            if (Decode(after) is not { } last)
            {
                return Invalid("page[after]");
            }

            start = last + 1;
        }
        else if (query.TryGetValue("page[before]", out var before))
        {
            if (Decode(before) is not { } first)
            {
                return Invalid("page[before]");
            }

            end = Math.Min(first, items.Count);
            start = Math.Max(0, end - size);
        }

        var page = items.Skip(start).Take(Math.Min(size, Math.Max(0, end - start))).ToList();
        var hasMore = start + page.Count < items.Count;
        var afterCursor = page.Count > 0 ? Encode(start + page.Count - 1) : null;
        var beforeCursor = page.Count > 0 ? Encode(start) : null;
        return JsonAnswer.Ok(new JsonObject
        {
            [key] = new JsonArray([.. page.Select(i => i.DeepClone())]),
            ["meta"] = new JsonObject { ["has_more"] = hasMore, ["after_cursor"] = afterCursor, ["before_cursor"] = beforeCursor },
            ["links"] = new JsonObject
            {
                ["next"] = hasMore ? Link(context, ("page[after]", afterCursor!), ("page[size]", Text(size))) : null,
                ["prev"] = start > 0 && beforeCursor is not null ? Link(context, ("page[before]", beforeCursor), ("page[size]", Text(size))) : null,
            },
        });
    }

    private static JsonAnswer Offset(ApiContext context, string key, IReadOnlyList<JsonNode> items)
    {
        var query = context.Query;
        var page = 1;
        var perPage = MaxPageSize;
        if ((query.TryGetValue("page", out var pageText) && (!int.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1))
            || (query.TryGetValue("per_page", out var perPageText) && (!int.TryParse(perPageText, NumberStyles.None, CultureInfo.InvariantCulture, out perPage) || perPage < 1)))
        {
            return ZendeskAnswers.BadRequest("page and per_page must be whole numbers of 1 or more.");
        }

        perPage = Math.Min(perPage, MaxPageSize);
        if ((long)(page - 1) * perPage >= MaxOffsetRecords)
        {
            return ZendeskAnswers.BadRequest("Offset pagination is limited to the first 10,000 records; use cursor pagination (page[size]).");
        }

        var start = (page - 1) * perPage;
        var slice = items.Skip(start).Take(perPage).ToList();
        return JsonAnswer.Ok(new JsonObject
        {
            [key] = new JsonArray([.. slice.Select(i => i.DeepClone())]),
            ["next_page"] = start + slice.Count < items.Count ? Link(context, ("page", Text(page + 1)), ("per_page", Text(perPage))) : null,
            ["previous_page"] = page > 1 ? Link(context, ("page", Text(page - 1)), ("per_page", Text(perPage))) : null,
            ["count"] = items.Count,
        });
    }

    private static JsonAnswer Invalid(string parameter)
        => ZendeskAnswers.Errors(StatusCodes.Status400BadRequest, ("InvalidPaginationParameter", $"{parameter} is not valid"));

    private static string Link(ApiContext context, params (string Name, string Value)[] paging)
    {
        var kept = context.Query
            .Where(p => !p.Key.StartsWith("page", StringComparison.Ordinal) && p.Key != "per_page")
            .SelectMany(p => p.Value.Select(v => (p.Key, Value: v ?? "")));
        var parts = kept.Concat(paging).Select(p => $"{Uri.EscapeDataString(p.Item1)}={Uri.EscapeDataString(p.Item2)}");
        return $"{context.BaseUrl}{context.Path}.json?{string.Join('&', parts)}";
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Encode(int index) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{{\"o\":\"i\",\"v\":{index}}}"));

    private static int? Decode(string? cursor)
    {
        try
        {
            var json = JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(cursor ?? "")));
            return json?["v"]?.GetValue<int>() is { } index && index >= 0 ? index : null;
        }
        catch (Exception ex) when (ex is FormatException or System.Text.Json.JsonException or InvalidOperationException)
        {
            return null;
        }
    }
}
