using System.Text.Json;
using System.Text.Json.Nodes;
using StellaIac.Zendesk.Emulator.Api;
using StellaIac.Zendesk.Emulator.Pipeline;

namespace StellaIac.Zendesk.Emulator.Control;

/// <summary>
/// /_emulator/: what tests and benchmarks steer the emulator with. Not part of Zendesk's API, needs no
/// credentials, and is never logged.
/// </summary>
internal static class ControlEndpoints
{
    private static readonly JsonSerializerOptions SnakeCase = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static void Map(WebApplication app, EmulatorServices services)
    {
        app.MapGet("/_emulator/requests", () => Results.Json(services.Log.Entries, SnakeCase));
        app.MapDelete("/_emulator/requests", () =>
        {
            services.Log.Clear();
            return Results.NoContent();
        });
        app.MapPost("/_emulator/faults", async (HttpRequest http) =>
        {
            var fault = await http.ReadFromJsonAsync<Fault>(SnakeCase, http.HttpContext.RequestAborted);
            if (fault is null || string.IsNullOrWhiteSpace(fault.Path) || (fault.Status is null && !fault.Drop && fault.DelayMs <= 0))
            {
                return Results.BadRequest(new { error = "A fault needs a path and at least one of status, drop or delay_ms." });
            }

            services.Faults.Add(fault);
            return Results.NoContent();
        });
        app.MapDelete("/_emulator/faults", () =>
        {
            services.Faults.Clear();
            return Results.NoContent();
        });
        app.MapPost("/_emulator/oauth/revoke", () => Results.Json(new { revoked = services.OAuth.Revoke(_ => true) }));
        app.MapGet("/_emulator/oauth/issued", () => Results.Json(services.OAuth.Issued()));
        app.MapPost("/_emulator/reset", () =>
        {
            services.Store.Reset();
            services.Log.Clear();
            services.Faults.Clear();
            return Results.NoContent();
        });
        app.MapPost("/_emulator/seed", async (HttpRequest http) =>
        {
            var (body, error) = await RequestBody.ReadAsync(http);
            if ((error ?? Seeding.Refuse(body!)) is { } refused)
            {
                return refused;
            }

            var context = services.Context(http);
            return services.Store.Write(account => Seeding.Seed(account, body!, context), answer => answer.Succeeded);
        });
        app.MapGet("/_emulator/stella/deliveries", () => Results.Content(services.Store.Read(a => new JsonArray([.. a.StellaDeliveries.Select(d => d.DeepClone())]).ToJsonString()), "application/json"));
        app.MapDelete("/_emulator/stella/deliveries", () => services.Store.Write(
            a =>
            {
                a.StellaDeliveries.Clear();
                return Results.NoContent();
            },
            _ => true));
        app.MapGet("/_emulator/tickets/{id}/runs", (string id) => Results.Content(services.Store.Read(a => new JsonArray([.. a.TriggerRuns.Where(r => JsonRead.Text(r["ticket_id"]) == id).Select(r => r.DeepClone())]).ToJsonString()), "application/json"));
        app.MapPost("/_emulator/webhooks/{id}/deliver", async (HttpRequest http, string id) =>
        {
            var (body, error) = await RequestBody.ReadAsync(http);
            if (error is not null)
            {
                return error;
            }

            var now = services.Time.GetUtcNow();
            return services.Store.Write<IResult>(
                account => WebhooksApi.Find(account, id) is { } webhook
                    ? JsonAnswer.Ok(new JsonObject { ["invocation"] = WebhookDeliveries.Invoke(services.Stella, account, webhook, JsonRead.Text(body!["payload"]) ?? "", now) })
                    : WebhooksApi.NotFound(),
                _ => true);
        });
    }
}
