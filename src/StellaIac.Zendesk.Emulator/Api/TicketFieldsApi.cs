using System.Text.Json.Nodes;
using StellaIac.Zendesk.Emulator.Account;

namespace StellaIac.Zendesk.Emulator.Api;

/// <summary>/api/v2/ticket_fields: 422 for a missing type or title, an unknown type, or a tag another field uses.</summary>
internal static class TicketFieldsApi
{
    private static readonly string[] CustomTypes = ["text", "textarea", "checkbox", "date", "integer", "decimal", "regexp", "partialcreditcard", "multiselect", "tagger", "lookup"];

    public static void Map(WebApplication app, EmulatorServices services)
    {
        app.MapGet("/api/v2/ticket_fields", (HttpRequest http) => services.Read(http, (a, c) => Paging.Respond(c, "ticket_fields", [.. Ordered(a, c).Select(f => Present(f, c))])));
        app.MapPost("/api/v2/ticket_fields", (HttpRequest http) => services.WriteAsync(http, "ticket_field", Create));
        app.MapGet("/api/v2/ticket_fields/{id}", (HttpRequest http, string id) => services.Read(http, (a, c) => Find(a, id) is { } f ? JsonAnswer.Ok(new JsonObject { ["ticket_field"] = Present(f, c) }) : ZendeskAnswers.RecordNotFound()));
        app.MapPut("/api/v2/ticket_fields/{id}", (HttpRequest http, string id) => services.WriteAsync(http, "ticket_field", (a, args) => Update(a, id, args)));
        app.MapDelete("/api/v2/ticket_fields/{id}", (HttpRequest http, string id) => services.Write(http, (a, c) => Delete(a, id)));
    }

    public static JsonObject? Find(EmulatorAccount account, string id)
        => Ids.Parse(id) is { } key ? account.TicketFields.GetValueOrDefault(key) : null;

    public static JsonObject Present(JsonObject field, ApiContext context)
    {
        var shown = field.DeepClone().AsObject();
        shown["url"] = context.Url("ticket_fields", JsonRead.Text(field["id"])!);
        return shown;
    }

    /// <summary>Paginated lists come ordered by id, unpaginated ones by position (Zendesk's rule).</summary>
    private static IEnumerable<JsonObject> Ordered(EmulatorAccount account, ApiContext context)
        => context.Query.ContainsKey("page[size]") || context.Query.ContainsKey("page[after]")
            ? account.TicketFields.Values
            : account.TicketFields.Values.OrderBy(f => JsonRead.Int(f["position"]) ?? 0).ThenBy(f => Ids.Parse(f["id"]));

    private static JsonAnswer Create(EmulatorAccount account, JsonObjectArgs args)
    {
        var body = args.Body;
        var problems = new List<(string, string)>();
        var type = JsonRead.Text(body["type"]);
        if (type is null)
        {
            problems.Add(("type", "Type: cannot be blank"));
        }
        else if (!CustomTypes.Contains(type))
        {
            problems.Add(("type", $"Type: {type} is not a valid custom field type"));
        }

        problems.AddRange(CheckCommon(account, body, id: null, type));
        if (problems.Count > 0)
        {
            return ZendeskAnswers.RecordInvalid([.. problems]);
        }

        var id = account.NextId();
        var field = TicketFieldShape.New(id, body, args.Context.Stamp);
        account.TicketFields[id] = field;
        return JsonAnswer.Created(new JsonObject { ["ticket_field"] = Present(field, args.Context) });
    }

    private static JsonAnswer Update(EmulatorAccount account, string id, JsonObjectArgs args)
    {
        if (Find(account, id) is not { } field)
        {
            return ZendeskAnswers.RecordNotFound();
        }

        var merged = field.DeepClone().AsObject();
        TicketFieldShape.Apply(merged, args.Body);
        var problems = CheckCommon(account, merged, Ids.Parse(field["id"]), JsonRead.Text(field["type"])).ToArray();
        if (problems.Length > 0)
        {
            return ZendeskAnswers.RecordInvalid(problems);
        }

        merged["updated_at"] = args.Context.Stamp;
        account.TicketFields[Ids.Parse(field["id"])!.Value] = merged;
        return JsonAnswer.Ok(new JsonObject { ["ticket_field"] = Present(merged, args.Context) });
    }

    private static JsonAnswer Delete(EmulatorAccount account, string id)
    {
        if (Find(account, id) is not { } field)
        {
            return ZendeskAnswers.RecordNotFound();
        }

        if (JsonRead.Bool(field["removable"]) == false)
        {
            return ZendeskAnswers.RecordInvalid(("base", "System ticket fields cannot be deleted."));
        }

        account.TicketFields.Remove(Ids.Parse(field["id"])!.Value);
        return JsonAnswer.NoContent();
    }

    private static IEnumerable<(string, string)> CheckCommon(EmulatorAccount account, JsonObject body, long? id, string? type)
    {
        if (JsonRead.IsBlank(body["title"]))
        {
            yield return ("title", "Title: cannot be blank");
        }

        if (type == "checkbox" && JsonRead.Text(body["tag"]) is { Length: > 0 } tag)
        {
            if (tag.Any(char.IsWhiteSpace))
            {
                yield return ("tag", $"Tag: '{tag}' cannot contain spaces");
            }
            else if (TagsInUse(account, id).Contains(tag))
            {
                yield return ("base", $"The tag <strong>{tag}</strong> is already used in a custom field drop-down, multi-select or checkbox.");
            }
        }
    }

    private static HashSet<string> TagsInUse(EmulatorAccount account, long? except)
    {
        var tags = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, field) in account.TicketFields.Where(f => f.Key != except))
        {
            if (JsonRead.Text(field["tag"]) is { Length: > 0 } tag)
            {
                tags.Add(tag);
            }

            foreach (var option in (field["custom_field_options"] as JsonArray)?.OfType<JsonObject>() ?? [])
            {
                if (JsonRead.Text(option["value"]) is { Length: > 0 } value)
                {
                    tags.Add(value);
                }
            }
        }

        return tags;
    }
}
