using System.Text.Json.Nodes;
using StellaIac.Zendesk.Emulator.Account;

namespace StellaIac.Zendesk.Emulator.Api;

/// <summary>/api/v2/webhooks: create 201, update and patch 204, errors in the <c>errors</c> envelope with 400.</summary>
internal static class WebhooksApi
{
    private const string ConditionalTicketEvents = "conditional_ticket_events";
    private static readonly string[] Methods = ["GET", "POST", "PUT", "PATCH", "DELETE"];
    private static readonly string[] Formats = ["json", "xml", "form_encoded"];
    private static readonly string[] Statuses = ["active", "inactive"];

    public static void Map(WebApplication app, EmulatorServices services)
    {
        app.MapGet("/api/v2/webhooks", (HttpRequest http) => services.Read(http, List));
        app.MapPost("/api/v2/webhooks", (HttpRequest http) => services.WriteAsync(http, "webhook", Create));
        app.MapPost("/api/v2/webhooks/test", (HttpRequest http) => WebhookTests.TestAsync(http, services));
        app.MapGet("/api/v2/webhooks/{id}", (HttpRequest http, string id) => services.Read(http, (a, c) => Find(a, id) is { } w ? JsonAnswer.Ok(new JsonObject { ["webhook"] = Present(w) }) : NotFound()));
        app.MapPut("/api/v2/webhooks/{id}", (HttpRequest http, string id) => services.WriteAsync(http, "webhook", (a, args) => Update(a, id, args, replace: true)));
        app.MapPatch("/api/v2/webhooks/{id}", (HttpRequest http, string id) => services.WriteAsync(http, "webhook", (a, args) => Update(a, id, args, replace: false)));
        app.MapDelete("/api/v2/webhooks/{id}", (HttpRequest http, string id) => services.Write(http, (a, c) => a.Webhooks.Remove(id) ? JsonAnswer.NoContent() : NotFound()));
        WebhookInvocationsApi.Map(app, services);
    }

    public static JsonObject? Find(EmulatorAccount account, string id) => account.Webhooks.GetValueOrDefault(id);

    /// <summary>
    /// The webhook as Zendesk shows it: the authentication's type and position, and of its data only a basic-auth
    /// username. The OpenAPI file says nothing of what is echoed; live accounts return
    /// <c>authentication.data.username</c> and never the password (recorded responses, issue #17).
    /// </summary>
    public static JsonObject Present(JsonObject webhook)
    {
        var shown = webhook.DeepClone().AsObject();
        if (shown["authentication"] is JsonObject auth)
        {
            var username = JsonRead.Text(auth["type"]) == "basic_auth" ? JsonRead.Text(auth["data"]?["username"]) : null;
            auth.Remove("data");
            if (username is not null)
            {
                auth["data"] = new JsonObject { ["username"] = username };
            }
        }

        shown.TryAdd("description", null);
        shown.TryAdd("custom_headers", new JsonObject());
        shown.TryAdd("external_source", null);
        return shown;
    }

    public static bool AcceptsTriggers(JsonObject webhook)
        => webhook["subscriptions"] is JsonArray subscriptions && subscriptions.Any(s => JsonRead.Text(s) == ConditionalTicketEvents);

    public static JsonAnswer NotFound()
        => ZendeskAnswers.Errors(StatusCodes.Status404NotFound, ("WebhookNotFound", "Webhook not found"));

    private static JsonAnswer List(EmulatorAccount account, ApiContext context)
    {
        IEnumerable<JsonObject> webhooks = account.Webhooks.Values;
        if (context.Query.TryGetValue("filter[name_contains]", out var name))
        {
            webhooks = webhooks.Where(w => (JsonRead.Text(w["name"]) ?? "").Contains(name.ToString(), StringComparison.OrdinalIgnoreCase));
        }

        if (context.Query.TryGetValue("filter[status]", out var status))
        {
            webhooks = webhooks.Where(w => JsonRead.Text(w["status"]) == status.ToString());
        }

        webhooks = context.Query["sort"].ToString() switch
        {
            "name" => webhooks.OrderBy(w => JsonRead.Text(w["name"]), StringComparer.OrdinalIgnoreCase),
            "-name" => webhooks.OrderByDescending(w => JsonRead.Text(w["name"]), StringComparer.OrdinalIgnoreCase),
            "status" => webhooks.OrderBy(w => JsonRead.Text(w["status"]), StringComparer.Ordinal),
            "-status" => webhooks.OrderByDescending(w => JsonRead.Text(w["status"]), StringComparer.Ordinal),
            _ => webhooks,
        };
        return Paging.Respond(context, "webhooks", [.. webhooks.Select(Present)], cursorOnly: true);
    }

    private static JsonAnswer Create(EmulatorAccount account, JsonObjectArgs args)
    {
        var webhook = args.Body.DeepClone().AsObject();
        webhook["subscriptions"] ??= new JsonArray();
        var problems = Validate(webhook, existing: null);
        if (problems.Length > 0)
        {
            return Invalid(problems);
        }

        var id = account.NextUlid(args.Context.Now);
        webhook["id"] = id;
        webhook["created_at"] = args.Context.Stamp;
        webhook["created_by"] = "-1";
        webhook["updated_at"] = args.Context.Stamp;
        webhook["updated_by"] = "-1";
        webhook["signing_secret"] ??= new JsonObject { ["algorithm"] = "SHA256", ["secret"] = null };
        account.Webhooks[id] = webhook;
        return JsonAnswer.Created(new JsonObject { ["webhook"] = Present(webhook) });
    }

    private static JsonAnswer Update(EmulatorAccount account, string id, JsonObjectArgs args, bool replace)
    {
        if (Find(account, id) is not { } existing)
        {
            return NotFound();
        }

        var updated = replace ? args.Body.DeepClone().AsObject() : existing.DeepClone().AsObject();
        if (!replace)
        {
            JsonRead.Merge(updated, args.Body);
            if (updated["custom_headers"] is JsonObject headers)
            {
                foreach (var removed in headers.Where(h => h.Value is null).Select(h => h.Key).ToList())
                {
                    headers.Remove(removed);
                }
            }
        }

        KeepCredentials(updated, existing, args.Body);
        updated["subscriptions"] ??= existing["subscriptions"]?.DeepClone() ?? new JsonArray();
        var problems = Validate(updated, existing);
        if (problems.Length > 0)
        {
            return Invalid(problems);
        }

        foreach (var kept in new[] { "id", "created_at", "created_by", "signing_secret" })
        {
            updated[kept] = existing[kept]?.DeepClone();
        }

        updated["updated_at"] = args.Context.Stamp;
        updated["updated_by"] = "-1";
        account.Webhooks[id] = updated;
        return JsonAnswer.NoContent();
    }

    /// <summary>
    /// Credentials cannot be read back, so a write that leaves authentication out, or names the same type
    /// without data, keeps the stored credentials.
    /// </summary>
    private static void KeepCredentials(JsonObject updated, JsonObject existing, JsonObject written)
    {
        if (existing["authentication"] is not JsonObject stored)
        {
            return;
        }

        if (!written.ContainsKey("authentication"))
        {
            updated["authentication"] = stored.DeepClone();
        }
        else if (updated["authentication"] is JsonObject auth && auth["data"] is null && JsonRead.Text(auth["type"]) == JsonRead.Text(stored["type"]))
        {
            auth["data"] = stored["data"]?.DeepClone();
        }
    }

    private static (string Field, string Title)[] Validate(JsonObject webhook, JsonObject? existing)
    {
        var problems = new List<(string, string)>();
        if (JsonRead.IsBlank(webhook["name"]))
        {
            problems.Add(("name", "name is required"));
        }

        var endpoint = JsonRead.Text(webhook["endpoint"]);
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            problems.Add(("endpoint", "endpoint is required"));
        }
        else if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            problems.Add(("endpoint", $"endpoint must be an absolute https URL, got '{endpoint}'"));
        }

        CheckOneOf(problems, webhook, "http_method", Methods);
        CheckOneOf(problems, webhook, "request_format", Formats);
        CheckOneOf(problems, webhook, "status", Statuses);

        if (webhook["subscriptions"] is not JsonArray subscriptions || subscriptions.Any(s => JsonRead.IsBlank(s)))
        {
            problems.Add(("subscriptions", "subscriptions must be a list of event types"));
        }
        else
        {
            var names = subscriptions.Select(s => JsonRead.Text(s)!).ToList();
            if (names.Contains(ConditionalTicketEvents) && names.Count > 1)
            {
                problems.Add(("subscriptions", "a webhook connected to triggers or automations subscribes to conditional_ticket_events only"));
            }

            if (names.Any(n => n != ConditionalTicketEvents) && JsonRead.Text(webhook["http_method"]) != "POST")
            {
                problems.Add(("http_method", "a webhook subscribed to Zendesk events must use POST"));
            }

            if (existing is not null && AcceptsTriggers(existing) != names.Contains(ConditionalTicketEvents))
            {
                problems.Add(("subscriptions", "you can't change an existing webhook's connection method (trigger or automation versus Zendesk events)"));
            }
        }

        if (webhook["authentication"] is { } authNode)
        {
            problems.AddRange(ValidateAuthentication(authNode));
        }

        return [.. problems];
    }

    private static IEnumerable<(string, string)> ValidateAuthentication(JsonNode authNode)
    {
        if (authNode is not JsonObject auth)
        {
            yield return ("authentication", "authentication must be an object");
            yield break;
        }

        var type = JsonRead.Text(auth["type"]);
        string[]? required = type switch
        {
            "basic_auth" => ["username", "password"],
            "bearer_token" => ["token"],
            "api_key" => ["name", "value"],
            _ => null,
        };
        if (required is null)
        {
            yield return ("authentication.type", $"authentication.type must be basic_auth, bearer_token or api_key, got '{type}'");
            yield break;
        }

        var position = JsonRead.Text(auth["add_position"]) ?? "header";
        if (position != "header" && !(type == "api_key" && position == "query_string"))
        {
            yield return ("authentication.add_position", $"authentication.add_position '{position}' is not valid for {type}");
        }

        if (auth["data"] is not JsonObject data)
        {
            yield return ("authentication.data", "authentication.data is required");
            yield break;
        }

        foreach (var field in required.Where(f => JsonRead.IsBlank(data[f])))
        {
            yield return ($"authentication.data.{field}", $"authentication.data.{field} is required for {type}");
        }
    }

    private static void CheckOneOf(List<(string, string)> problems, JsonObject webhook, string field, string[] allowed)
    {
        var value = JsonRead.Text(webhook[field]);
        if (value is null)
        {
            problems.Add((field, $"{field} is required"));
        }
        else if (!allowed.Contains(value, StringComparer.Ordinal))
        {
            problems.Add((field, $"{field} must be one of {string.Join(", ", allowed)}, got '{value}'"));
        }
    }

    public static JsonAnswer Invalid((string Field, string Title)[] problems)
        => new(StatusCodes.Status400BadRequest, new JsonObject
        {
            ["errors"] = new JsonArray([.. problems.Select(p => new JsonObject
            {
                ["code"] = "InvalidValue",
                ["title"] = "Invalid webhook",
                ["detail"] = p.Title,
                ["source"] = new JsonObject { ["pointer"] = "/webhook/" + p.Field.Replace('.', '/') },
            })]),
        });
}
