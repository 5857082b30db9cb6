using System.Text.Json.Nodes;
using StellaIac.Zendesk.Emulator.Account;
using StellaIac.Zendesk.Emulator.Api;
using StellaIac.Zendesk.Emulator.Tickets;
using StellaIac.Zendesk.Liquid;

namespace StellaIac.Zendesk.Emulator.Rules;

/// <summary>What a ticket's placeholders render to: its requester, assignee, brand and custom fields looked up in the account.</summary>
internal static class TicketPlaceholderSource
{
    public static TicketPlaceholders For(EmulatorAccount account, JsonObject ticket, string baseUrl)
    {
        var id = Ids.Parse(ticket["id"])!.Value;
        var requester = Users.Find(account, ticket["requester_id"]);
        var assignee = Users.Find(account, ticket["assignee_id"]);
        var brand = Ids.Parse(ticket["brand_id"]) is { } brandId ? account.Brands.GetValueOrDefault(brandId) : null;
        var fields = account.TicketFields.Values.Where(f => JsonRead.Bool(f["removable"]) != false).ToList();
        return new TicketPlaceholders
        {
            Id = id,
            Link = $"{baseUrl}/agent/tickets/{id}",
            Tags = string.Join(' ', TicketShape.Tags(ticket)),
            Status = JsonRead.Text(ticket["status"]),
            RequesterName = JsonRead.Text(requester?["name"]),
            RequesterEmail = JsonRead.Text(requester?["email"]),
            RequesterLocale = JsonRead.Text(requester?["locale"]),
            AssigneeEmail = JsonRead.Text(assignee?["email"]),
            BrandName = JsonRead.Text(brand?["name"]),
            Fields = fields.ToDictionary(f => JsonRead.Text(f["id"])!, f => TicketShape.FieldValue(account, ticket, Ids.Parse(f["id"])!.Value) ?? ""),
            FieldOptionTitles = fields.ToDictionary(f => JsonRead.Text(f["id"])!, f => OptionTitle(f, TicketShape.FieldValue(account, ticket, Ids.Parse(f["id"])!.Value))),
        };
    }

    private static string OptionTitle(JsonObject field, string? value)
        => (field["custom_field_options"] as JsonArray ?? []).OfType<JsonObject>().FirstOrDefault(o => JsonRead.Text(o["value"]) == value) is { } option
            ? JsonRead.Text(option["name"]) ?? ""
            : "";
}
