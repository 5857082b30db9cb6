using System.Text.Json.Nodes;
using StellaIac.Zendesk.Emulator.Account;
using StellaIac.Zendesk.Emulator.Rules;

namespace StellaIac.Zendesk.Emulator.Api;

/// <summary>/api/v2/triggers: conditions and actions checked against the account's definitions, at most 7,000 active triggers.</summary>
internal static class TriggersApi
{
    public const int MaxActiveTriggers = 7000;

    public static void Map(WebApplication app, EmulatorServices services)
    {
        app.MapGet("/api/v2/triggers", (HttpRequest http) => services.Read(http, (a, c) => List(a, c, onlyActive: false)));
        app.MapGet("/api/v2/triggers/active", (HttpRequest http) => services.Read(http, (a, c) => List(a, c, onlyActive: true)));
        app.MapGet("/api/v2/triggers/search", (HttpRequest http) => services.Read(http, Search));
        app.MapGet("/api/v2/triggers/definitions", (HttpRequest http) => services.Read(http, (a, c) => JsonAnswer.Ok(RuleCatalog.For(a).ToDefinitions())));
        app.MapPost("/api/v2/triggers", (HttpRequest http) => services.WriteAsync(http, "trigger", Create));
        app.MapPut("/api/v2/triggers/reorder", (HttpRequest http) => ReorderAsync(http, services));
        app.MapGet("/api/v2/triggers/{id}", (HttpRequest http, string id) => services.Read(http, (a, c) => Find(a, id) is { } t ? JsonAnswer.Ok(new JsonObject { ["trigger"] = Present(t, c) }) : ZendeskAnswers.RecordNotFound()));
        app.MapPut("/api/v2/triggers/{id}", (HttpRequest http, string id) => services.WriteAsync(http, "trigger", (a, args) => Update(a, id, args)));
        app.MapDelete("/api/v2/triggers/{id}", (HttpRequest http, string id) => services.Write(http, (a, c) => Ids.Parse(id) is { } key && a.Triggers.Remove(key) ? JsonAnswer.NoContent() : ZendeskAnswers.RecordNotFound()));
    }

    public static JsonObject? Find(EmulatorAccount account, string id)
        => Ids.Parse(id) is { } key ? account.Triggers.GetValueOrDefault(key) : null;

    public static JsonObject Present(JsonObject trigger, ApiContext context)
    {
        var shown = trigger.DeepClone().AsObject();
        shown["url"] = context.Url("triggers", JsonRead.Text(trigger["id"])!);
        return shown;
    }

    /// <summary>Evaluation order: categories by position, then triggers by position within each.</summary>
    public static IEnumerable<JsonObject> InEvaluationOrder(EmulatorAccount account)
    {
        var categoryOrder = account.TriggerCategories.Values
            .OrderBy(c => JsonRead.Int(c["position"]) ?? 0).ThenBy(c => Ids.Parse(c["id"]))
            .Select((c, index) => (Id: JsonRead.Text(c["id"])!, index))
            .ToDictionary(c => c.Id, c => c.index, StringComparer.Ordinal);
        return account.Triggers.Values
            .OrderBy(t => categoryOrder.GetValueOrDefault(JsonRead.Text(t["category_id"]) ?? "", int.MaxValue))
            .ThenBy(t => JsonRead.Int(t["position"]) ?? 0)
            .ThenBy(t => Ids.Parse(t["id"]));
    }

    private static JsonAnswer List(EmulatorAccount account, ApiContext context, bool onlyActive)
    {
        var query = context.Query;
        IEnumerable<JsonObject> triggers = InEvaluationOrder(account);
        if (onlyActive || (query.TryGetValue("active", out var active) && bool.TryParse(active, out var wanted) && wanted))
        {
            triggers = triggers.Where(t => JsonRead.Bool(t["active"]) == true);
        }
        else if (query.TryGetValue("active", out var inactive) && bool.TryParse(inactive, out var activeWanted) && !activeWanted)
        {
            triggers = triggers.Where(t => JsonRead.Bool(t["active"]) == false);
        }

        if (query.TryGetValue("category_id", out var category))
        {
            triggers = triggers.Where(t => JsonRead.Text(t["category_id"]) == category.ToString());
        }

        var sort = query.TryGetValue("sort", out var cursorSort) ? cursorSort.ToString()
            : query.TryGetValue("sort_by", out var offsetSort) ? (query["sort_order"] == "desc" ? "-" : "") + offsetSort
            : "position";
        var descending = sort.StartsWith('-');
        triggers = sort.TrimStart('-') switch
        {
            "alphabetical" => triggers.OrderBy(t => JsonRead.Text(t["title"]), StringComparer.OrdinalIgnoreCase),
            "created_at" => triggers.OrderBy(t => JsonRead.Text(t["created_at"]), StringComparer.Ordinal).ThenBy(t => Ids.Parse(t["id"])),
            "updated_at" => triggers.OrderBy(t => JsonRead.Text(t["updated_at"]), StringComparer.Ordinal).ThenBy(t => Ids.Parse(t["id"])),
            _ => triggers,
        };
        if (descending)
        {
            triggers = triggers.Reverse();
        }

        return Paging.Respond(context, "triggers", [.. triggers.Select(t => Present(t, context))]);
    }

    /// <summary>Triggers whose title contains the query, case-insensitively; offset pagination only, as Zendesk's.</summary>
    private static JsonAnswer Search(EmulatorAccount account, ApiContext context)
    {
        if (!context.Query.TryGetValue("query", out var query) || string.IsNullOrWhiteSpace(query))
        {
            return ZendeskAnswers.BadRequest("query is required.");
        }

        var found = InEvaluationOrder(account).Where(t => JsonRead.Text(t["title"])?.Contains(query.ToString(), StringComparison.OrdinalIgnoreCase) == true);
        return Paging.Respond(context, "triggers", [.. found.Select(t => Present(t, context))], offsetOnly: true);
    }

    private static JsonAnswer Create(EmulatorAccount account, JsonObjectArgs args)
    {
        var trigger = Normalise(args.Body.DeepClone().AsObject());
        trigger["active"] ??= true;
        if (JsonRead.Text(trigger["category_id"]) is null && FirstCategory(account) is { } first)
        {
            trigger["category_id"] = first;
        }

        if (Check(account, trigger, id: null) is { } refused)
        {
            return refused;
        }

        var id = account.NextId();
        var category = JsonRead.Text(trigger["category_id"]);
        trigger["id"] = id;
        trigger["raw_title"] = trigger["title"]?.DeepClone();
        trigger["description"] ??= null;
        trigger["default"] = false;
        trigger["position"] = account.Triggers.Values.Where(t => JsonRead.Text(t["category_id"]) == category).Select(t => JsonRead.Int(t["position"]) ?? 0).DefaultIfEmpty(-1).Max() + 1;
        trigger["created_at"] = args.Context.Stamp;
        trigger["updated_at"] = args.Context.Stamp;
        account.Triggers[id] = trigger;
        return JsonAnswer.Created(new JsonObject { ["trigger"] = Present(trigger, args.Context) });
    }

    private static JsonAnswer Update(EmulatorAccount account, string id, JsonObjectArgs args)
    {
        if (Find(account, id) is not { } existing)
        {
            return ZendeskAnswers.RecordNotFound();
        }

        var updated = existing.DeepClone().AsObject();
        var body = args.Body;
        if (body.ContainsKey("conditions") != body.ContainsKey("actions"))
        {
            // Zendesk: updating a condition or action clears all existing values of both arrays.
            updated["conditions"] = new JsonObject { ["all"] = new JsonArray(), ["any"] = new JsonArray() };
            updated["actions"] = new JsonArray();
        }

        foreach (var (key, value) in body.ToList())
        {
            if (key is not ("id" or "url" or "created_at" or "updated_at" or "default" or "raw_title"))
            {
                updated[key] = value?.DeepClone();
            }
        }

        Normalise(updated);
        if (Check(account, updated, Ids.Parse(existing["id"])) is { } refused)
        {
            return refused;
        }

        updated["raw_title"] = updated["title"]?.DeepClone();
        updated["updated_at"] = args.Context.Stamp;
        account.Triggers[Ids.Parse(existing["id"])!.Value] = updated;
        return JsonAnswer.Ok(new JsonObject { ["trigger"] = Present(updated, args.Context) });
    }

    private static JsonAnswer? Check(EmulatorAccount account, JsonObject trigger, long? id)
    {
        var problems = new List<(string, string)>();
        if (JsonRead.IsBlank(trigger["title"]))
        {
            problems.Add(("title", "Title: cannot be blank"));
        }

        if (JsonRead.Text(trigger["category_id"]) is { } category && (Ids.Parse(category) is not { } key || !account.TriggerCategories.ContainsKey(key)))
        {
            problems.Add(("category_id", $"Category: {category} is not a trigger category of this account"));
        }

        problems.AddRange(RuleValidator.Check(RuleCatalog.For(account), trigger["conditions"] as JsonObject, trigger["actions"] as JsonArray).Select(p => ("base", p)));
        if (JsonRead.Bool(trigger["active"]) == true && account.Triggers.Values.Count(t => Ids.Parse(t["id"]) != id && JsonRead.Bool(t["active"]) == true) >= MaxActiveTriggers)
        {
            problems.Add(("base", $"You have reached the limit of {MaxActiveTriggers} active triggers. Deactivate or delete triggers first."));
        }

        return problems.Count > 0 ? ZendeskAnswers.RecordInvalid([.. problems]) : null;
    }

    /// <summary>Stores condition values as strings and target ids as numbers, as Zendesk answers them.</summary>
    private static JsonObject Normalise(JsonObject trigger)
    {
        if (trigger["conditions"] is JsonObject conditions)
        {
            conditions["all"] ??= new JsonArray();
            conditions["any"] ??= new JsonArray();
            foreach (var condition in ((JsonArray)conditions["all"]!).Concat((JsonArray)conditions["any"]!).OfType<JsonObject>())
            {
                if (condition["value"] is JsonValue value)
                {
                    condition["value"] = JsonRead.Text(value);
                }
            }
        }

        foreach (var action in (trigger["actions"] as JsonArray)?.OfType<JsonObject>() ?? [])
        {
            if (JsonRead.Text(action["field"]) == "notification_target" && action["value"] is JsonArray { Count: > 0 } target && Ids.Parse(target[0]) is { } targetId)
            {
                target[0] = targetId;
            }
        }

        if (trigger["category_id"] is JsonValue categoryId)
        {
            trigger["category_id"] = JsonRead.Text(categoryId);
        }

        return trigger;
    }

    private static string? FirstCategory(EmulatorAccount account)
        => account.TriggerCategories.Values.OrderBy(c => JsonRead.Int(c["position"]) ?? 0).Select(c => JsonRead.Text(c["id"])).FirstOrDefault();

    private static async Task<IResult> ReorderAsync(HttpRequest http, EmulatorServices services)
    {
        var (body, error) = await RequestBody.ReadAsync(http);
        if (error is not null)
        {
            return error;
        }

        var context = services.Context(http);
        return services.Store.Write(account => Reorder(account, body!, context), answer => answer.Succeeded);
    }

    private static JsonAnswer Reorder(EmulatorAccount account, JsonObject body, ApiContext context)
    {
        if (account.TriggerCategories.Count > 1)
        {
            return ZendeskAnswers.Errors(StatusCodes.Status400BadRequest, ("LimitOneCategory", "Reordering triggers is not permitted when the account has more than one trigger category; use POST /api/v2/trigger_categories/jobs"));
        }

        var ids = (body["trigger_ids"] as JsonArray ?? []).Select(Ids.Parse).ToList();
        if (ids.Any(i => i is null) || ids.Count != account.Triggers.Count || !ids.All(i => account.Triggers.ContainsKey(i!.Value)))
        {
            return ZendeskAnswers.RecordNotFound();
        }

        for (var position = 0; position < ids.Count; position++)
        {
            account.Triggers[ids[position]!.Value]["position"] = position;
        }

        return JsonAnswer.Ok(new JsonObject { ["triggers"] = new JsonArray([.. InEvaluationOrder(account).Select(t => Present(t, context))]) });
    }
}
