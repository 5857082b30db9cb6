using System.Text.Json.Nodes;
using StellaIac.Zendesk.Emulator.Account;

namespace StellaIac.Zendesk.Emulator.Api;

/// <summary>/api/v2/automations: list, show and update; a new account holds Zendesk's default automations, CSAT among them.</summary>
internal static class AutomationsApi
{
    private static readonly string[] Writable = ["title", "active", "position", "conditions", "actions"];
    private static readonly string[] TimeBasedFields = ["NEW", "OPEN", "PENDING", "SOLVED", "CLOSED", "assigned_at", "updated_at", "requester_updated_at", "assignee_updated_at", "due_date", "until_due_date"];

    public static void Map(WebApplication app, EmulatorServices services)
    {
        app.MapGet("/api/v2/automations", (HttpRequest http) => services.Read(http, (a, c) => Paging.Respond(c, "automations", [.. Filtered(a, c, onlyActive: false).Select(x => Present(x, c))])));
        app.MapGet("/api/v2/automations/active", (HttpRequest http) => services.Read(http, (a, c) => Paging.Respond(c, "automations", [.. Filtered(a, c, onlyActive: true).Select(x => Present(x, c))])));
        app.MapGet("/api/v2/automations/{id}", (HttpRequest http, string id) => services.Read(http, (a, c) => Find(a, id) is { } x ? JsonAnswer.Ok(new JsonObject { ["automation"] = Present(x, c) }) : ZendeskAnswers.RecordNotFound()));
        app.MapPut("/api/v2/automations/{id}", (HttpRequest http, string id) => services.WriteAsync(http, "automation", (a, args) => Update(a, id, args)));
    }

    private static JsonObject? Find(EmulatorAccount account, string id)
        => Ids.Parse(id) is { } key ? account.Automations.GetValueOrDefault(key) : null;

    private static JsonObject Present(JsonObject automation, ApiContext context)
    {
        var shown = automation.DeepClone().AsObject();
        shown["url"] = context.Url("automations", JsonRead.Text(automation["id"])!);
        return shown;
    }

    private static IEnumerable<JsonObject> Filtered(EmulatorAccount account, ApiContext context, bool onlyActive)
    {
        var ordered = account.Automations.Values.OrderBy(a => JsonRead.Int(a["position"]) ?? 0).ThenBy(a => Ids.Parse(a["id"]));
        var active = onlyActive ? true : bool.TryParse(context.Query["active"], out var wanted) ? wanted : (bool?)null;
        return active is { } only ? ordered.Where(a => JsonRead.Bool(a["active"]) == only) : ordered;
    }

    private static JsonAnswer Update(EmulatorAccount account, string id, JsonObjectArgs args)
    {
        if (Find(account, id) is not { } automation)
        {
            return ZendeskAnswers.RecordNotFound();
        }

        var body = args.Body;
        if (body.ContainsKey("title") && JsonRead.IsBlank(body["title"]))
        {
            return ZendeskAnswers.RecordInvalid(("title", "Title: cannot be blank"));
        }

        if (body["conditions"] is JsonObject conditions)
        {
            var all = conditions["all"] as JsonArray ?? [];
            if (!all.OfType<JsonObject>().Any(c => TimeBasedFields.Contains(JsonRead.Text(c["field"]))))
            {
                return ZendeskAnswers.RecordInvalid(("base", "Conditions: an automation needs at least one time-based condition in 'all'"));
            }
        }

        if (body.ContainsKey("conditions") != body.ContainsKey("actions"))
        {
            // Zendesk: updating a condition or action clears all existing values of both arrays.
            automation["conditions"] = new JsonObject { ["all"] = new JsonArray(), ["any"] = new JsonArray() };
            automation["actions"] = new JsonArray();
        }

        foreach (var key in Writable.Where(body.ContainsKey))
        {
            automation[key] = body[key]?.DeepClone();
        }

        automation["raw_title"] = automation["title"]?.DeepClone();
        automation["updated_at"] = args.Context.Stamp;
        return JsonAnswer.Ok(new JsonObject { ["automation"] = Present(automation, args.Context) });
    }
}
