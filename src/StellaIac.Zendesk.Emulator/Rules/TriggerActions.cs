using System.Text.Json.Nodes;
using StellaIac.Zendesk.Emulator.Account;
using StellaIac.Zendesk.Emulator.Api;
using StellaIac.Zendesk.Emulator.Stella;
using StellaIac.Zendesk.Emulator.Tickets;
using StellaIac.Zendesk.Liquid;

namespace StellaIac.Zendesk.Emulator.Rules;

/// <summary>
/// Applies a firing trigger's actions to the ticket. A webhook notification is rendered with Zendesk's Liquid
/// against the ticket as it stands when the trigger fires (so an exclusion must fire first, as the seed says)
/// and delivered, with an invocation recorded.
/// </summary>
internal sealed class TriggerActions(EmulatorAccount account, StellaConnectReceiver stella, JsonObject ticket, string baseUrl, DateTimeOffset now)
{
    /// <summary>Applies one action; returns what to report (a notification, or an action it cannot apply), or null.</summary>
    public JsonObject? Apply(JsonObject trigger, JsonObject action)
    {
        var field = JsonRead.Text(action["field"]) ?? "";
        var value = action["value"];
        switch (field)
        {
            case "notification_webhook" when value is JsonArray { Count: >= 2 } webhook:
                return Notify(trigger, JsonRead.Text(webhook[0]) ?? "", JsonRead.Text(webhook[1]) ?? "");
            case "notification_user" or "notification_group":
                return Report(trigger, "email", new JsonObject { ["sent"] = false, ["reason"] = "the emulator sends no email" });
            case "set_tags":
                TicketShape.SetTags(ticket, Words(value));
                return null;
            case "current_tags":
                TicketShape.SetTags(ticket, TicketShape.Tags(ticket).Concat(Words(value)));
                return null;
            case "remove_tags":
                var removed = Words(value).ToHashSet(StringComparer.Ordinal);
                TicketShape.SetTags(ticket, TicketShape.Tags(ticket).Where(t => !removed.Contains(t)));
                return null;
        }

        if (ConditionMatcher.ValueFields.Contains(field) && field is not ("requester_id" or "organization_id" or "ticket_form_id") && value is JsonValue)
        {
            ticket[field] = field.EndsWith("_id", StringComparison.Ordinal) ? Ids.Parse(value) : JsonRead.Text(value);
            return null;
        }

        if (ConditionMatcher.CustomFieldId(account, field) is { } fieldId)
        {
            TicketShape.SetField(account, ticket, fieldId, value);
            return null;
        }

        return new JsonObject
        {
            ["trigger_id"] = trigger["id"]?.DeepClone(),
            ["trigger_title"] = trigger["title"]?.DeepClone(),
            ["unsupported"] = $"action {field}",
        };
    }

    private JsonObject Notify(JsonObject trigger, string webhookId, string body)
    {
        if (WebhooksApi.Find(account, webhookId) is not { } webhook || JsonRead.Text(webhook["status"]) != "active")
        {
            return Report(trigger, "webhook", new JsonObject { ["webhook_id"] = webhookId, ["sent"] = false, ["reason"] = $"webhook {webhookId} does not exist or is not active" });
        }

        var template = ZendeskLiquid.Parse(body);
        if (template.HasErrors)
        {
            return Report(trigger, "webhook", new JsonObject { ["webhook_id"] = webhookId, ["sent"] = false, ["reason"] = $"the body is not valid Liquid: {string.Join("; ", template.Messages)}" });
        }

        var rendered = ZendeskLiquid.Render(template, TicketPlaceholderSource.For(account, ticket, baseUrl));
        var origin = new JsonObject { ["ticket_id"] = ticket["id"]?.DeepClone(), ["trigger_id"] = trigger["id"]?.DeepClone(), ["trigger_title"] = trigger["title"]?.DeepClone() };
        var invocation = WebhookDeliveries.Invoke(stella, account, webhook, rendered, now, origin);
        var attempt = invocation["attempts"]![0]!;
        return Report(trigger, "webhook", new JsonObject
        {
            ["webhook_id"] = webhookId,
            ["sent"] = true,
            ["body"] = rendered,
            ["invocation_id"] = invocation["id"]?.DeepClone(),
            ["response_code"] = attempt["status_code"]?.DeepClone(),
            ["response_body"] = attempt["response"]?["payload"]?.DeepClone(),
            ["accepted"] = JsonRead.Text(invocation["status"]) == "success",
        });
    }

    private static JsonObject Report(JsonObject trigger, string kind, JsonObject details)
    {
        var report = new JsonObject { ["trigger_id"] = trigger["id"]?.DeepClone(), ["trigger_title"] = trigger["title"]?.DeepClone(), ["kind"] = kind };
        foreach (var (key, value) in details.ToList())
        {
            details.Remove(key);
            report[key] = value;
        }

        return report;
    }

    private static string[] Words(JsonNode? value)
        => (value is JsonArray list ? string.Join(' ', list.Select(JsonRead.Text)) : JsonRead.Text(value) ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
