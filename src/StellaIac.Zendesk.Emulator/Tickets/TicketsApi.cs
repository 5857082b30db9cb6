using System.Text.Json.Nodes;
using StellaIac.Zendesk.Emulator.Account;
using StellaIac.Zendesk.Emulator.Api;
using StellaIac.Zendesk.Emulator.Rules;

namespace StellaIac.Zendesk.Emulator.Tickets;

/// <summary>
/// /api/v2/tickets: create, update, show, list. Every create and update runs the account's triggers
/// (<see cref="TriggerCycle"/>); the run is kept for <c>/_emulator/tickets/{id}/runs</c>.
/// </summary>
internal static class TicketsApi
{
    public static void Map(WebApplication app, EmulatorServices services)
    {
        app.MapGet("/api/v2/tickets", (HttpRequest http) => services.Read(http, (a, c) => Paging.Respond(c, "tickets", [.. a.Tickets.Values.Select(t => TicketShape.Present(t, c))])));
        app.MapGet("/api/v2/tickets/{id}", (HttpRequest http, string id) => services.Read(http, (a, c) => Find(a, id) is { } t ? JsonAnswer.Ok(new JsonObject { ["ticket"] = TicketShape.Present(t, c) }) : ZendeskAnswers.RecordNotFound()));
        app.MapPost("/api/v2/tickets", (HttpRequest http) => services.WriteAsync(http, "ticket", (a, args) => Save(a, services, null, args)));
        app.MapPut("/api/v2/tickets/{id}", (HttpRequest http, string id) => services.WriteAsync(http, "ticket", (a, args) => Find(a, id) is { } t ? Save(a, services, t, args) : ZendeskAnswers.RecordNotFound()));
    }

    public static JsonObject? Find(EmulatorAccount account, string id)
        => Ids.Parse(id) is { } key ? account.Tickets.GetValueOrDefault(key) : null;

    private static JsonAnswer Save(EmulatorAccount account, EmulatorServices services, JsonObject? existing, JsonObjectArgs args)
    {
        var context = args.Context;
        var usersBefore = account.Users.ToDictionary(u => u.Key, u => u.Value.DeepClone().AsObject());
        var ticket = existing?.DeepClone().AsObject() ?? TicketShape.New(account.NextId(), DefaultBrand(account), context.Stamp, context.Now.ToUnixTimeSeconds());
        var problems = TicketInput.Apply(account, ticket, args.Body, creating: existing is null);
        if (existing is null && ticket["requester_id"] is null)
        {
            problems.Add(("requester", "Requester: cannot be blank"));
        }

        if (problems.Count > 0)
        {
            // A refused request leaves the people as they were: none made, no name or locale changed.
            account.Users.Clear();
            foreach (var (userId, user) in usersBefore)
            {
                account.Users[userId] = user;
            }

            return ZendeskAnswers.RecordInvalid([.. problems]);
        }

        if (existing is null && JsonRead.Text(ticket["status"]) == "new" && ticket["assignee_id"] is not null)
        {
            ticket["status"] = "open";
        }

        var comment = args.Body["comment"] as JsonObject;
        var update = new TicketUpdate(existing, ticket, JsonRead.Int(args.Body["via_id"]) ?? TicketShape.ApiChannel, comment is null ? null : JsonRead.Bool(comment["public"]) ?? true);
        var run = TriggerCycle.Run(account, services.Stella, update, context.BaseUrl, context.Now);
        ticket["updated_at"] = context.Stamp;
        var id = Ids.Parse(ticket["id"])!.Value;
        account.Tickets[id] = ticket;
        account.TriggerRuns.Add(run);
        var answer = new JsonObject { ["ticket"] = TicketShape.Present(ticket, context), ["audit"] = TicketAudit.For(account, existing, ticket, run, context) };
        return existing is null ? JsonAnswer.Created(answer) : JsonAnswer.Ok(answer);
    }

    private static long DefaultBrand(EmulatorAccount account)
        => account.Brands.Values.Where(b => JsonRead.Bool(b["default"]) == true).Select(b => Ids.Parse(b["id"])).FirstOrDefault() ?? account.Brands.Keys.First();
}
