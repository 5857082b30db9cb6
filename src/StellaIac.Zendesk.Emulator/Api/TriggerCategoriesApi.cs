using System.Text.Json.Nodes;
using StellaIac.Zendesk.Emulator.Account;

namespace StellaIac.Zendesk.Emulator.Api;

/// <summary>/api/v2/trigger_categories: create answers 200, PATCH not PUT, errors in the <c>errors</c> envelope, and the batch job.</summary>
internal static class TriggerCategoriesApi
{
    private const int MaxCategories = 500;

    public static void Map(WebApplication app, EmulatorServices services)
    {
        app.MapGet("/api/v2/trigger_categories", (HttpRequest http) => services.Read(http, List));
        app.MapPost("/api/v2/trigger_categories", (HttpRequest http) => services.WriteAsync(http, "trigger_category", Create));
        app.MapPost("/api/v2/trigger_categories/jobs", (HttpRequest http) => services.WriteAsync(http, "job", RunJob));
        app.MapGet("/api/v2/trigger_categories/{id}", (HttpRequest http, string id) => services.Read(http, (a, c) => Find(a, id) is { } category ? JsonAnswer.Ok(new JsonObject { ["trigger_category"] = category.DeepClone() }) : NotFound()));
        app.MapPatch("/api/v2/trigger_categories/{id}", (HttpRequest http, string id) => services.WriteAsync(http, "trigger_category", (a, args) => Patch(a, id, args)));
        app.MapDelete("/api/v2/trigger_categories/{id}", (HttpRequest http, string id) => services.Write(http, (a, c) => Delete(a, id)));
    }

    private static JsonObject? Find(EmulatorAccount account, string? id)
        => Ids.Parse(id) is { } key ? account.TriggerCategories.GetValueOrDefault(key) : null;

    private static JsonAnswer NotFound()
        => ZendeskAnswers.Errors(StatusCodes.Status404NotFound, ("TriggerCategoryNotFound", "Category can’t be found. Check the ID and try again."));

    private static JsonAnswer Blank()
        => ZendeskAnswers.Errors(StatusCodes.Status400BadRequest, ("InvalidTriggerCategory", "Name cannot be blank"));

    private static JsonAnswer List(EmulatorAccount account, ApiContext context)
    {
        IEnumerable<JsonObject> categories = account.TriggerCategories.Values.OrderBy(c => JsonRead.Int(c["position"]) ?? 0).ThenBy(c => Ids.Parse(c["id"]));
        var sort = context.Query["sort"].ToString();
        categories = sort.TrimStart('-') switch
        {
            "name" => categories.OrderBy(c => JsonRead.Text(c["name"]), StringComparer.OrdinalIgnoreCase),
            "created_at" => categories.OrderBy(c => JsonRead.Text(c["created_at"]), StringComparer.Ordinal),
            "updated_at" => categories.OrderBy(c => JsonRead.Text(c["updated_at"]), StringComparer.Ordinal),
            _ => categories,
        };
        if (sort.StartsWith('-'))
        {
            categories = categories.Reverse();
        }

        var withCounts = context.Query["include"].ToString().Contains("rule_counts", StringComparison.Ordinal);
        return Paging.Respond(context, "trigger_categories", [.. categories.Select(c => Shown(account, c, withCounts))]);
    }

    private static JsonObject Shown(EmulatorAccount account, JsonObject category, bool withCounts)
    {
        var shown = category.DeepClone().AsObject();
        if (withCounts)
        {
            var triggers = account.Triggers.Values.Where(t => JsonRead.Text(t["category_id"]) == JsonRead.Text(category["id"])).ToList();
            var active = triggers.Count(t => JsonRead.Bool(t["active"]) == true);
            shown["rule_counts"] = new JsonObject { ["active_count"] = active, ["inactive_count"] = triggers.Count - active };
        }

        return shown;
    }

    private static JsonAnswer Create(EmulatorAccount account, JsonObjectArgs args)
    {
        if (JsonRead.IsBlank(args.Body["name"]))
        {
            return Blank();
        }

        if (account.TriggerCategories.Count >= MaxCategories)
        {
            return ZendeskAnswers.Errors(StatusCodes.Status403Forbidden, ("ProductLimitExceeded", $"Your account has reached the limit of {MaxCategories} ticket trigger categories."));
        }

        var id = account.NextId();
        var category = new JsonObject
        {
            ["id"] = Ids.Text(id),
            ["name"] = JsonRead.Text(args.Body["name"]),
            ["position"] = JsonRead.Int(args.Body["position"]) ?? account.TriggerCategories.Values.Select(c => JsonRead.Int(c["position"]) ?? 0).DefaultIfEmpty(-1).Max() + 1,
            ["created_at"] = args.Context.Stamp,
            ["updated_at"] = args.Context.Stamp,
        };
        account.TriggerCategories[id] = category;
        return JsonAnswer.Ok(new JsonObject { ["trigger_category"] = category.DeepClone() });
    }

    private static JsonAnswer Patch(EmulatorAccount account, string id, JsonObjectArgs args)
    {
        if (Find(account, id) is not { } category)
        {
            return NotFound();
        }

        if (args.Body.ContainsKey("name") && JsonRead.IsBlank(args.Body["name"]))
        {
            return Blank();
        }

        if (args.Body["name"] is { } name)
        {
            category["name"] = JsonRead.Text(name);
        }

        if (JsonRead.Int(args.Body["position"]) is { } position)
        {
            category["position"] = position;
        }

        category["updated_at"] = args.Context.Stamp;
        return JsonAnswer.Ok(new JsonObject { ["trigger_category"] = category.DeepClone() });
    }

    private static JsonAnswer Delete(EmulatorAccount account, string id)
    {
        if (Find(account, id) is not { } category)
        {
            return NotFound();
        }

        var held = account.Triggers.Where(t => JsonRead.Text(t.Value["category_id"]) == JsonRead.Text(category["id"])).ToList();
        if (held.Any(t => JsonRead.Bool(t.Value["active"]) == true))
        {
            return ZendeskAnswers.Errors(StatusCodes.Status400BadRequest, ("TriggerCategoryNotEmpty", "A category with active ticket triggers cannot be deleted."));
        }

        foreach (var (key, _) in held)
        {
            account.Triggers.Remove(key);
        }

        account.TriggerCategories.Remove(Ids.Parse(id)!.Value);
        return JsonAnswer.NoContent();
    }

    /// <summary>Checks every item first and changes nothing unless all are valid, as Zendesk's job does.</summary>
    private static JsonAnswer RunJob(EmulatorAccount account, JsonObjectArgs args)
    {
        if (JsonRead.Text(args.Body["action"]) != "patch" || args.Body["items"] is not JsonObject items)
        {
            return ZendeskAnswers.Errors(StatusCodes.Status400BadRequest, ("InvalidJob", "A job needs action 'patch' and items"));
        }

        var categories = (items["trigger_categories"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        var triggers = (items["triggers"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        var errors = new JsonArray();
        foreach (var item in categories.Where(c => Find(account, JsonRead.Text(c["id"])) is null || (c.ContainsKey("position") && JsonRead.Int(c["position"]) is null)))
        {
            errors.Add(new JsonObject { ["code"] = "InvalidTriggerCategory", ["title"] = "id or position is not valid", ["trigger_category_id"] = JsonRead.Text(item["id"]) });
        }

        foreach (var item in triggers)
        {
            var title = TriggersApi.Find(account, JsonRead.Text(item["id"]) ?? "") is null ? "trigger not found"
                : item.ContainsKey("category_id") && Find(account, JsonRead.Text(item["category_id"])) is null ? "category_id is not valid"
                : item.ContainsKey("position") && JsonRead.Int(item["position"]) is null ? "position is not valid"
                : null;
            if (title is not null)
            {
                errors.Add(new JsonObject { ["code"] = "InvalidTrigger", ["title"] = title, ["trigger_id"] = JsonRead.Text(item["id"]) });
            }
        }

        if (errors.Count > 0)
        {
            return new JsonAnswer(StatusCodes.Status400BadRequest, new JsonObject { ["status"] = "failed", ["errors"] = errors });
        }

        var changedCategories = new JsonArray();
        foreach (var item in categories)
        {
            var category = Find(account, JsonRead.Text(item["id"]))!;
            category["position"] = JsonRead.Int(item["position"]) ?? JsonRead.Int(category["position"]);
            category["updated_at"] = args.Context.Stamp;
            changedCategories.Add(category.DeepClone());
        }

        var changedTriggers = new JsonArray();
        foreach (var item in triggers)
        {
            var trigger = TriggersApi.Find(account, JsonRead.Text(item["id"])!)!;
            if (item.ContainsKey("category_id"))
            {
                trigger["category_id"] = JsonRead.Text(item["category_id"]);
            }

            if (JsonRead.Int(item["position"]) is { } position)
            {
                trigger["position"] = position;
            }

            if (JsonRead.Bool(item["active"]) is { } active)
            {
                trigger["active"] = active;
            }

            trigger["updated_at"] = args.Context.Stamp;
            changedTriggers.Add(TriggersApi.Present(trigger, args.Context));
        }

        return JsonAnswer.Ok(new JsonObject
        {
            ["status"] = "complete",
            ["results"] = new JsonObject { ["trigger_categories"] = changedCategories, ["triggers"] = changedTriggers },
        });
    }
}
