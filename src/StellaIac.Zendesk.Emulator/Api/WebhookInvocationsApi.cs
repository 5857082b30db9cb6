using System.Globalization;
using System.Text.Json.Nodes;
using StellaIac.Zendesk.Emulator.Account;

namespace StellaIac.Zendesk.Emulator.Api;

/// <summary>
/// /api/v2/webhooks/{id}/invocations and their attempts. Attempts follow what live accounts answer, not
/// Zendesk's OpenAPI file (which documents <c>response_code</c>, <c>response_body</c> and <c>created_at</c>):
/// <c>status_code</c>, <c>completed_at</c> and <c>response.payload</c>, newest first (responses recorded from
/// live accounts, issue #17; Zendesk's reference describes each attempt's request and response body and headers:
/// developer.zendesk.com/api-reference/event-connectors/webhooks/webhooks/#list-webhook-invocation-attempts).
/// </summary>
internal static class WebhookInvocationsApi
{
    public static void Map(WebApplication app, EmulatorServices services)
    {
        app.MapGet("/api/v2/webhooks/{id}/invocations", (HttpRequest http, string id) => services.Read(http, (a, c) => Invocations(a, id, c)));
        app.MapGet("/api/v2/webhooks/{id}/invocations/{invocationId}/attempts", (HttpRequest http, string id, string invocationId) => services.Read(http, (a, c) => Attempts(a, id, invocationId)));
    }

    /// <summary>An attempt as live accounts show it.</summary>
    public static JsonObject Attempt(string id, string invocationId, DeliveryResult result, string stamp) => new()
    {
        ["id"] = id,
        ["invocation_id"] = invocationId,
        ["status"] = result.InvocationStatus,
        ["status_code"] = result.Status,
        ["completed_at"] = stamp,
        ["error_message"] = result.Error,
        ["response"] = new JsonObject { ["headers"] = new JsonArray(), ["payload"] = result.Body },
    };

    private static JsonAnswer Invocations(EmulatorAccount account, string id, ApiContext context)
    {
        if (WebhooksApi.Find(account, id) is null)
        {
            return WebhooksApi.NotFound();
        }

        var query = context.Query;
        IEnumerable<JsonObject> invocations = account.Invocations.Where(i => JsonRead.Text(i["webhook_id"]) == id);
        if (query.TryGetValue("filter[status]", out var status))
        {
            invocations = invocations.Where(i => JsonRead.Text(i["status"]) == status.ToString());
        }

        if (query.TryGetValue("filter[from_ts]", out var from) && DateTimeOffset.TryParse(from, CultureInfo.InvariantCulture, out var fromTime))
        {
            invocations = invocations.Where(i => Time(i["created_at"]) >= fromTime);
        }

        if (query.TryGetValue("filter[to_ts]", out var to) && DateTimeOffset.TryParse(to, CultureInfo.InvariantCulture, out var toTime))
        {
            invocations = invocations.Where(i => Time(i["created_at"]) <= toTime);
        }

        var ordered = query["sort"].ToString() switch
        {
            "latest_completed_at" => invocations.OrderBy(i => Time(i["latest_completed_at"])),
            "-latest_completed_at" => invocations.Reverse().OrderByDescending(i => Time(i["latest_completed_at"])),
            _ => invocations.Reverse(),
        };
        return Paging.Respond(context, "invocations", [.. ordered.Select(i => { var shown = i.DeepClone().AsObject(); shown.Remove("attempts"); return (JsonNode)shown; })], cursorOnly: true);
    }

    private static JsonAnswer Attempts(EmulatorAccount account, string id, string invocationId)
    {
        if (account.Invocations.LastOrDefault(i => JsonRead.Text(i["webhook_id"]) == id && JsonRead.Text(i["id"]) == invocationId) is not { } invocation)
        {
            return ZendeskAnswers.Errors(StatusCodes.Status404NotFound, ("InvocationNotFound", "Invocation not found"));
        }

        var attempts = (invocation["attempts"] as JsonArray ?? []).OfType<JsonObject>().Reverse().OrderByDescending(a => Time(a["completed_at"]));
        return JsonAnswer.Ok(new JsonObject { ["attempts"] = new JsonArray([.. attempts.Select(a => (JsonNode)a.DeepClone())]) });
    }

    private static DateTimeOffset Time(JsonNode? stamp)
        => DateTimeOffset.TryParse(JsonRead.Text(stamp), CultureInfo.InvariantCulture, out var time) ? time : DateTimeOffset.MinValue;
}
