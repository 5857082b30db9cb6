using Scriban;
using Scriban.Runtime;

namespace StellaIac.Zendesk.Liquid;

/// <summary>
/// Renders a body the way Zendesk renders a webhook notification: Liquid (Scriban in Liquid mode, with
/// Shopify's escape-free string literals) over the ticket's placeholders, as unformatted text. The payload
/// lint and the emulator's triggers both render through here, so what lint approves is what a trigger sends.
/// </summary>
public static class ZendeskLiquid
{
    /// <summary>Parses a body as Zendesk's Liquid reads it; a template with errors says so in <c>HasErrors</c> and <c>Messages</c>.</summary>
    public static Template Parse(string liquid)
    {
        ArgumentNullException.ThrowIfNull(liquid);
        return Template.ParseLiquid(LiquidDialect.ForScriban(liquid));
    }

    public static string Render(Template template, TicketPlaceholders ticket)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(ticket);
        var fields = new ScriptObject
        {
            ["id"] = ticket.Id,
            ["link"] = ticket.Link,
            ["tags"] = ticket.Tags,
            ["status"] = ticket.Status,
            ["assignee"] = Values(("email", ticket.AssigneeEmail)),
            ["requester"] = Values(("name", ticket.RequesterName), ("email", ticket.RequesterEmail), ("locale", ticket.RequesterLocale)),
            ["brand"] = Values(("name", ticket.BrandName)),
        };
        foreach (var (id, value) in ticket.Fields)
        {
            fields[$"ticket_field_{id}"] = value;
        }

        foreach (var (id, title) in ticket.FieldOptionTitles)
        {
            fields[$"ticket_field_option_title_{id}"] = title;
        }

        var context = new LiquidTemplateContext { StrictVariables = false, EnableRelaxedMemberAccess = true };
        context.PushGlobal(new ScriptObject { ["ticket"] = fields });
        return template.Render(context);
    }

    private static ScriptObject Values(params (string Key, string? Value)[] values)
    {
        var result = new ScriptObject();
        foreach (var (key, value) in values)
        {
            result[key] = value;
        }

        return result;
    }
}
