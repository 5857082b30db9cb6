using System.Text.Json.Nodes;
using StellaIac.Zendesk.Emulator.Account;
using StellaIac.Zendesk.Emulator.Api;

namespace StellaIac.Zendesk.Emulator.Tickets;

/// <summary>The audit a ticket create or update answers with: a Create or Change event per field that differs, and the triggers that fired.</summary>
internal static class TicketAudit
{
    private static readonly string[] Audited = ["status", "priority", "type", "assignee_id", "brand_id", "tags", "custom_fields"];

    public static JsonObject For(EmulatorAccount account, JsonObject? before, JsonObject after, JsonObject run, ApiContext context)
    {
        var events = new JsonArray();
        foreach (var field in Audited)
        {
            var previous = before?[field];
            if (!JsonNode.DeepEquals(previous, after[field]))
            {
                events.Add(new JsonObject
                {
                    ["id"] = account.NextId(),
                    ["type"] = before is null ? "Create" : "Change",
                    ["field_name"] = field,
                    ["value"] = after[field]?.DeepClone(),
                    ["previous_value"] = previous?.DeepClone(),
                });
            }
        }

        foreach (var trigger in (run["fired"] as JsonArray ?? []).OfType<JsonObject>())
        {
            events.Add(new JsonObject
            {
                ["id"] = account.NextId(),
                ["type"] = "Notification",
                ["via"] = new JsonObject { ["channel"] = "rule", ["source"] = new JsonObject { ["rel"] = "trigger", ["from"] = trigger.DeepClone() } },
            });
        }

        return new JsonObject
        {
            ["id"] = account.NextId(),
            ["ticket_id"] = after["id"]?.DeepClone(),
            ["created_at"] = context.Stamp,
            ["author_id"] = after["submitter_id"]?.DeepClone(),
            ["metadata"] = new JsonObject(),
            ["via"] = new JsonObject { ["channel"] = "api", ["source"] = new JsonObject { ["from"] = new JsonObject(), ["to"] = new JsonObject(), ["rel"] = null } },
            ["events"] = events,
        };
    }
}
