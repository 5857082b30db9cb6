using System.Globalization;
using System.Text.Json.Nodes;
using StellaIac.Zendesk.Emulator.Account;
using StellaIac.Zendesk.Emulator.Api;

namespace StellaIac.Zendesk.Emulator.Control;

/// <summary>
/// Puts many objects into the account in one call, without the API's checks: explicit objects (ids kept when
/// given) and generated ones (<c>"generate": {"triggers": 5000}</c>). This is how a test sets up what an
/// administrator made by hand, a legacy HTTP target included.
/// </summary>
internal static class Seeding
{
    /// <summary>The most objects of one kind a seed generates: well above Zendesk's 7,000 active triggers, far below what would exhaust memory.</summary>
    public const int MaxGenerated = 20_000;

    private static readonly string[] Generated = ["trigger_categories", "ticket_fields", "triggers", "webhooks"];

    /// <summary>A 400 for a <c>generate</c> that is not an object of counts between 0 and <see cref="MaxGenerated"/> of known kinds; null when it is.</summary>
    public static JsonAnswer? Refuse(JsonObject body)
    {
        if (body["generate"] is null)
        {
            return null;
        }

        if (body["generate"] is not JsonObject counts)
        {
            return ZendeskAnswers.BadRequest("generate: must be an object of counts, e.g. {\"triggers\": 5000}.");
        }

        foreach (var (kind, count) in counts)
        {
            if (!Generated.Contains(kind, StringComparer.Ordinal))
            {
                return ZendeskAnswers.BadRequest($"generate.{kind}: not a kind the seed generates ({string.Join(", ", Generated)}).");
            }

            if (count is not JsonValue value || !value.TryGetValue<int>(out var number) || number is < 0 or > MaxGenerated)
            {
                return ZendeskAnswers.BadRequest($"generate.{kind}: must be a whole number from 0 to {MaxGenerated}, not {count?.ToJsonString() ?? "null"}.");
            }
        }

        return null;
    }

    public static JsonAnswer Seed(EmulatorAccount account, JsonObject body, ApiContext context)
    {
        var created = new JsonObject();
        var stamp = context.Stamp;
        var lastPositions = new Dictionary<string, int>(StringComparer.Ordinal);
        Add(created, "brands", Items(body, "brands").Select(b => Put(account.Brands, account, b, (id, o) => BrandShape.New(id, o, stamp))));
        Add(created, "trigger_categories", Items(body, "trigger_categories").Concat(Generate(body, "trigger_categories", i => new JsonObject { ["name"] = $"Seeded category {i}" }))
            .Select(c => Put(account.TriggerCategories, account, c, (id, o) => Category(account, o, stamp, id))));
        Add(created, "ticket_fields", Items(body, "ticket_fields").Concat(Generate(body, "ticket_fields", i => new JsonObject { ["type"] = "text", ["title"] = $"Seeded field {i}" }))
            .Select(f => Put(account.TicketFields, account, f, (id, o) => TicketFieldShape.New(id, o, stamp))));
        Add(created, "targets", Items(body, "targets").Select(t => Put(account.Targets, account, t, (id, o) => TargetsApi.New(id, o, stamp))));
        Add(created, "automations", Items(body, "automations").Select(a => Put(account.Automations, account, a, (id, o) => Rule(o, stamp, id))));
        Add(created, "triggers", Items(body, "triggers").Concat(Generate(body, "triggers", i => new JsonObject
        {
            ["title"] = $"Seeded trigger {i}",
            ["conditions"] = new JsonObject { ["all"] = new JsonArray(new JsonObject { ["field"] = "current_tags", ["operator"] = "includes", ["value"] = $"seeded_{i}" }), ["any"] = new JsonArray() },
            ["actions"] = new JsonArray(new JsonObject { ["field"] = "current_tags", ["value"] = "seeded" }),
        })).Select(t => Put(account.Triggers, account, t, (id, o) => Trigger(account, o, stamp, id, lastPositions))));

        var webhooks = new JsonArray();
        foreach (var webhook in Items(body, "webhooks").Concat(Generate(body, "webhooks", i => new JsonObject { ["name"] = $"Seeded webhook {i}", ["endpoint"] = $"https://example.com/hooks/{i}" })))
        {
            var id = JsonRead.Text(webhook["id"]) ?? account.NextUlid(context.Now);
            var stored = webhook.DeepClone().AsObject();
            stored["id"] = id;
            stored["http_method"] ??= "POST";
            stored["request_format"] ??= "json";
            stored["status"] ??= "active";
            stored["subscriptions"] ??= new JsonArray("conditional_ticket_events");
            stored["created_at"] ??= stamp;
            stored["updated_at"] ??= stamp;
            stored["created_by"] ??= "-1";
            stored["updated_by"] ??= "-1";
            account.Webhooks[id] = stored;
            webhooks.Add(id);
        }

        created["webhooks"] = webhooks;
        created["invocations"] = new JsonArray([.. Items(body, "invocations").Select(i => (JsonNode)Invocation(account, i, context))]);
        return JsonAnswer.Ok(new JsonObject { ["created"] = created });
    }

    /// <summary>
    /// An invocation as given, attempts included (in any order, any shape); an id that is already listed is
    /// listed again, as live accounts sometimes do.
    /// </summary>
    private static string Invocation(EmulatorAccount account, JsonObject input, ApiContext context)
    {
        var invocation = input.DeepClone().AsObject();
        var id = JsonRead.Text(invocation["id"]) ?? account.NextUlid(context.Now);
        invocation["id"] = id;
        invocation["status"] ??= "failed";
        invocation["created_at"] ??= context.Stamp;
        invocation["latest_completed_at"] ??= invocation["created_at"]!.DeepClone();
        invocation["event_type"] ??= "conditional_ticket_events";
        invocation["attempts"] ??= new JsonArray();
        invocation["attempts_count"] ??= invocation["attempts"]!.AsArray().Count;
        account.Invocations.Add(invocation);
        return id;
    }

    private static IEnumerable<JsonObject> Items(JsonObject body, string key)
        => (body[key] as JsonArray)?.OfType<JsonObject>() ?? [];

    private static IEnumerable<JsonObject> Generate(JsonObject body, string key, Func<int, JsonObject> make)
        => Enumerable.Range(1, JsonRead.Int(body["generate"]?[key]) ?? 0).Select(make);

    private static void Add(JsonObject created, string key, IEnumerable<string> ids)
        => created[key] = new JsonArray([.. ids.Select(id => (JsonNode)id)]);

    private static string Put(SortedDictionary<long, JsonObject> table, EmulatorAccount account, JsonObject input, Func<long, JsonObject, JsonObject> shape)
    {
        var id = Ids.Parse(input["id"]) ?? account.NextId();
        table[id] = shape(id, input);
        return id.ToString(CultureInfo.InvariantCulture);
    }

    private static JsonObject Stamped(JsonObject input, string stamp, long id, bool asString)
    {
        var item = input.DeepClone().AsObject();
        item["id"] = asString ? Ids.Text(id) : id;
        item["position"] ??= 0;
        item["created_at"] ??= stamp;
        item["updated_at"] ??= stamp;
        return item;
    }

    /// <summary>A seeded category goes last unless it names its position, as a created one does.</summary>
    private static JsonObject Category(EmulatorAccount account, JsonObject input, string stamp, long id)
    {
        var category = input.DeepClone().AsObject();
        category["position"] ??= account.TriggerCategories.Values.Select(c => JsonRead.Int(c["position"]) ?? 0).DefaultIfEmpty(-1).Max() + 1;
        return Stamped(category, stamp, id, asString: true);
    }

    private static JsonObject Rule(JsonObject input, string stamp, long id)
    {
        var rule = Stamped(input, stamp, id, asString: false);
        rule["active"] ??= true;
        rule["default"] ??= false;
        rule["raw_title"] ??= rule["title"]?.DeepClone();
        rule["conditions"] ??= new JsonObject { ["all"] = new JsonArray(), ["any"] = new JsonArray() };
        rule["actions"] ??= new JsonArray();
        return rule;
    }

    /// <summary>
    /// A seeded trigger goes last in its category unless it names its position. The last position of each
    /// category is looked up once per seed and then counted on, so seeding thousands stays linear.
    /// </summary>
    private static JsonObject Trigger(EmulatorAccount account, JsonObject input, string stamp, long id, Dictionary<string, int> lastPositions)
    {
        var trigger = Rule(input, stamp, id);
        trigger.Remove("position");
        trigger["description"] ??= null;
        trigger["category_id"] = JsonRead.Text(input["category_id"])
            ?? account.TriggerCategories.Values.OrderBy(c => JsonRead.Int(c["position"]) ?? 0).Select(c => JsonRead.Text(c["id"])).FirstOrDefault();
        var category = JsonRead.Text(trigger["category_id"]) ?? "";
        var last = lastPositions.TryGetValue(category, out var known)
            ? known
            : account.Triggers.Values.Where(t => (JsonRead.Text(t["category_id"]) ?? "") == category).Select(t => JsonRead.Int(t["position"]) ?? 0).DefaultIfEmpty(-1).Max();
        var position = JsonRead.Int(input["position"]) ?? last + 1;
        lastPositions[category] = Math.Max(last, position);
        trigger["position"] = position;
        return trigger;
    }
}
