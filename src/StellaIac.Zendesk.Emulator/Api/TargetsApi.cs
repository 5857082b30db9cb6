using System.Text.Json.Nodes;
using StellaIac.Zendesk.Emulator.Account;

namespace StellaIac.Zendesk.Emulator.Api;

/// <summary>/api/v2/targets: legacy. HTTP and URL targets can be read and deleted, never created (Zendesk discontinued them).</summary>
internal static class TargetsApi
{
    public static void Map(WebApplication app, EmulatorServices services)
    {
        app.MapGet("/api/v2/targets", (HttpRequest http) => services.Read(http, (a, c) => JsonAnswer.Ok(new JsonObject { ["targets"] = new JsonArray([.. a.Targets.Values.Select(t => Present(t, c))]) })));
        app.MapPost("/api/v2/targets", (HttpRequest http) => services.WriteAsync(http, "target", Create));
        app.MapGet("/api/v2/targets/{id}", (HttpRequest http, string id) => services.Read(http, (a, c) => Find(a, id) is { } t ? JsonAnswer.Ok(new JsonObject { ["target"] = Present(t, c) }) : ZendeskAnswers.RecordNotFound()));
        app.MapDelete("/api/v2/targets/{id}", (HttpRequest http, string id) => services.Write(http, (a, c) => Ids.Parse(id) is { } key && a.Targets.Remove(key) ? JsonAnswer.NoContent() : ZendeskAnswers.RecordNotFound()));
    }

    public static JsonObject New(long id, JsonObject input, string stamp)
    {
        var target = new JsonObject { ["id"] = id, ["active"] = true, ["created_at"] = stamp };
        foreach (var (key, value) in input)
        {
            target[key] = value?.DeepClone();
        }

        target["id"] = id;
        return target;
    }

    private static JsonObject? Find(EmulatorAccount account, string id)
        => Ids.Parse(id) is { } key ? account.Targets.GetValueOrDefault(key) : null;

    /// <summary>The password is write-only: Zendesk answers null.</summary>
    private static JsonObject Present(JsonObject target, ApiContext context)
    {
        var shown = target.DeepClone().AsObject();
        if (shown.ContainsKey("password"))
        {
            shown["password"] = null;
        }

        shown["url"] = context.Url("targets", JsonRead.Text(target["id"])!);
        return shown;
    }

    private static JsonAnswer Create(EmulatorAccount account, JsonObjectArgs args)
    {
        var type = JsonRead.Text(args.Body["type"]);
        if (JsonRead.IsBlank(args.Body["title"]) || type is null)
        {
            return ZendeskAnswers.RecordInvalid(("base", "Title and type are required"));
        }

        if (type is "http_target" or "url_target")
        {
            return ZendeskAnswers.RecordInvalid(("type", $"{type} targets are discontinued; create a webhook instead (POST /api/v2/webhooks)"));
        }

        var id = account.NextId();
        var target = New(id, args.Body, args.Context.Stamp);
        account.Targets[id] = target;
        return JsonAnswer.Created(new JsonObject { ["target"] = Present(target, args.Context) });
    }
}
