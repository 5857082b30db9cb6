using System.Text.Json.Nodes;
using StellaIac.Zendesk.Emulator.Account;
using StellaIac.Zendesk.Emulator.Api;

namespace StellaIac.Zendesk.Emulator.Tickets;

/// <summary>A ticket as Zendesk's <c>TicketObject</c> lists it, and the readers conditions, actions and placeholders share.</summary>
internal static class TicketShape
{
    public static JsonObject New(long id, long brandId, string stamp, long createdAt) => new()
    {
        ["id"] = id,
        ["external_id"] = null,
        ["via"] = Via(ApiChannel),
        ["created_at"] = stamp,
        ["updated_at"] = stamp,
        ["generated_timestamp"] = createdAt,
        ["type"] = null,
        ["subject"] = null,
        ["raw_subject"] = null,
        ["description"] = null,
        ["priority"] = null,
        ["status"] = "new",
        ["custom_status_id"] = null,
        ["recipient"] = null,
        ["requester_id"] = null,
        ["submitter_id"] = null,
        ["assignee_id"] = null,
        ["organization_id"] = null,
        ["group_id"] = null,
        ["collaborator_ids"] = new JsonArray(),
        ["follower_ids"] = new JsonArray(),
        ["email_cc_ids"] = new JsonArray(),
        ["forum_topic_id"] = null,
        ["problem_id"] = null,
        ["has_incidents"] = false,
        ["is_public"] = true,
        ["due_at"] = null,
        ["tags"] = new JsonArray(),
        ["custom_fields"] = new JsonArray(),
        ["satisfaction_rating"] = null,
        ["sharing_agreement_ids"] = new JsonArray(),
        ["followup_ids"] = new JsonArray(),
        ["ticket_form_id"] = null,
        ["brand_id"] = brandId,
        ["allow_channelback"] = false,
        ["allow_attachments"] = true,
        ["from_messaging_channel"] = false,
    };

    /// <summary>Via id 5, "Web service (API)": a ticket the API creates without naming its channel.</summary>
    public const int ApiChannel = 5;

    public static JsonObject Via(int viaId) => new()
    {
        ["channel"] = Channels.ViaChannels.All.FirstOrDefault(c => c.Id == viaId)?.ViaType ?? "api",
        ["source"] = new JsonObject { ["from"] = new JsonObject(), ["to"] = new JsonObject(), ["rel"] = null },
        ["via_id"] = viaId,
    };

    public static JsonObject Present(JsonObject ticket, ApiContext context)
    {
        var shown = ticket.DeepClone().AsObject();
        var via = shown["via"]!.AsObject();
        via.Remove("via_id");
        shown["url"] = context.Url("tickets", JsonRead.Text(ticket["id"])!);
        shown["fields"] = shown["custom_fields"]?.DeepClone();
        return shown;
    }

    public static int ViaId(JsonObject ticket) => JsonRead.Int(ticket["via"]?["via_id"]) ?? ApiChannel;

    public static IReadOnlyList<string> Tags(JsonObject ticket)
        => [.. (ticket["tags"] as JsonArray ?? []).Select(JsonRead.Text).OfType<string>()];

    public static void SetTags(JsonObject ticket, IEnumerable<string> tags)
        => ticket["tags"] = new JsonArray([.. tags.Select(t => t.ToLowerInvariant()).Distinct(StringComparer.Ordinal).Select(t => (JsonNode)t)]);

    /// <summary>A custom field's value as conditions and placeholders read it: a checkbox is "true" or "false", never empty.</summary>
    public static string? FieldValue(EmulatorAccount account, JsonObject ticket, long fieldId)
    {
        var value = CustomField(ticket, fieldId)?["value"];
        var isCheckbox = account.TicketFields.TryGetValue(fieldId, out var field) && JsonRead.Text(field["type"]) == "checkbox";
        return isCheckbox ? (JsonRead.Bool(value) == true ? "true" : "false") : JsonRead.Text(value) is { Length: > 0 } text ? text : null;
    }

    public static JsonObject? CustomField(JsonObject ticket, long fieldId)
        => (ticket["custom_fields"] as JsonArray ?? []).OfType<JsonObject>().FirstOrDefault(f => Ids.Parse(f["id"]) == fieldId);

    /// <summary>Sets a custom field; a checkbox with a tag adds or removes its tag, as Zendesk does.</summary>
    public static void SetField(EmulatorAccount account, JsonObject ticket, long fieldId, JsonNode? value)
    {
        var field = account.TicketFields[fieldId];
        var isCheckbox = JsonRead.Text(field["type"]) == "checkbox";
        JsonNode? stored = isCheckbox ? JsonRead.Bool(value) == true : value?.DeepClone();
        if (CustomField(ticket, fieldId) is { } existing)
        {
            existing["value"] = stored;
        }
        else
        {
            ticket["custom_fields"]!.AsArray().Add(new JsonObject { ["id"] = fieldId, ["value"] = stored });
        }

        if (isCheckbox && JsonRead.Text(field["tag"]) is { Length: > 0 } tag)
        {
            var tags = Tags(ticket).Where(t => t != tag).ToList();
            if (JsonRead.Bool(stored) == true)
            {
                tags.Add(tag);
            }

            SetTags(ticket, tags);
        }
    }
}
