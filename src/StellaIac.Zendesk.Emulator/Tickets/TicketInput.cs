using System.Text.Json.Nodes;
using StellaIac.Zendesk.Channels;
using StellaIac.Zendesk.Emulator.Account;
using StellaIac.Zendesk.Emulator.Api;

namespace StellaIac.Zendesk.Emulator.Tickets;

/// <summary>
/// Applies a ticket create or update request onto a stored ticket: requester (made or found by email), assignee,
/// <c>via_id</c>, status, tags, custom fields, brand, priority, type, subject and comment. Problems are
/// collected as Zendesk's <c>RecordInvalid</c> details and the ticket is then left as it was.
/// </summary>
internal static class TicketInput
{
    private static readonly string[] Statuses = ["new", "open", "pending", "hold", "solved", "closed"];
    private static readonly string[] Priorities = ["low", "normal", "high", "urgent"];
    private static readonly string[] Types = ["question", "incident", "problem", "task"];

    public static List<(string Field, string Description)> Apply(EmulatorAccount account, JsonObject ticket, JsonObject body, bool creating)
    {
        var problems = new List<(string, string)>();
        if (body["via_id"] is { } viaNode)
        {
            if (JsonRead.Int(viaNode) is { } via && ViaChannels.All.Any(c => c.Id == via))
            {
                if (creating)
                {
                    ticket["via"] = TicketShape.Via(via);
                }
            }
            else
            {
                problems.Add(("via_id", $"Via: {viaNode.ToJsonString()} is not a channel (known: {string.Join(", ", ViaChannels.All.Select(c => $"{c.Id} {c.Title}"))})"));
            }
        }

        Choice(ticket, body, "status", Statuses, problems);
        Choice(ticket, body, "priority", Priorities, problems);
        Choice(ticket, body, "type", Types, problems);
        if (body["subject"] is { } subject)
        {
            ticket["subject"] = JsonRead.Text(subject);
            ticket["raw_subject"] = JsonRead.Text(subject);
        }

        if (creating && JsonRead.Text(body["comment"]?["body"]) is { } description)
        {
            ticket["description"] = description;
        }

        if (body["brand_id"] is { } brandNode)
        {
            SetId(ticket, "brand_id", brandNode, id => account.Brands.ContainsKey(id), "Brand", problems);
        }

        People(account, ticket, body, problems);
        if (body["tags"] is JsonArray tags)
        {
            TicketShape.SetTags(ticket, tags.Select(JsonRead.Text).OfType<string>());
        }

        if (body["custom_fields"] is JsonArray fields)
        {
            CustomFields(account, ticket, fields, problems);
        }

        return problems;
    }

    private static void Choice(JsonObject ticket, JsonObject body, string key, string[] allowed, List<(string, string)> problems)
    {
        if (body[key] is not { } node)
        {
            return;
        }

        if (JsonRead.Text(node) is { } value && allowed.Contains(value))
        {
            ticket[key] = value;
        }
        else
        {
            problems.Add((key, $"{key}: {node.ToJsonString()} is not one of {string.Join(", ", allowed)}"));
        }
    }

    private static void SetId(JsonObject ticket, string key, JsonNode node, Func<long, bool> exists, string what, List<(string, string)> problems)
    {
        if (Ids.Parse(node) is { } id && exists(id))
        {
            ticket[key] = id;
        }
        else
        {
            problems.Add((key, $"{what}: {node.ToJsonString()} does not exist in this account"));
        }
    }

    private static void People(EmulatorAccount account, JsonObject ticket, JsonObject body, List<(string, string)> problems)
    {
        if (body["requester"] is JsonObject requester)
        {
            if (JsonRead.IsBlank(requester["name"]) && JsonRead.IsBlank(requester["email"]))
            {
                problems.Add(("requester", "Requester: needs a name or an email"));
            }
            else
            {
                ticket["requester_id"] = Users.FindOrAdd(account, JsonRead.Text(requester["email"]), JsonRead.Text(requester["name"]), JsonRead.Text(requester["locale"]), "end-user");
            }
        }
        else if (body["requester_id"] is { } requesterId)
        {
            SetId(ticket, "requester_id", requesterId, account.Users.ContainsKey, "Requester", problems);
        }

        if (JsonRead.Text(body["assignee_email"]) is { Length: > 0 } assigneeEmail)
        {
            ticket["assignee_id"] = Users.FindOrAdd(account, assigneeEmail, null, null, "agent");
        }
        else if (body.ContainsKey("assignee_id"))
        {
            if (body["assignee_id"] is null)
            {
                ticket["assignee_id"] = null;
            }
            else
            {
                SetId(ticket, "assignee_id", body["assignee_id"]!, id => account.Users.TryGetValue(id, out var user) && JsonRead.Text(user["role"]) != "end-user", "Assignee", problems);
            }
        }

        ticket["submitter_id"] ??= ticket["requester_id"]?.DeepClone();
    }

    private static void CustomFields(EmulatorAccount account, JsonObject ticket, JsonArray fields, List<(string, string)> problems)
    {
        foreach (var (entry, index) in fields.Select((f, i) => (f as JsonObject, i)))
        {
            if (Ids.Parse(entry?["id"]) is not { } id || !account.TicketFields.TryGetValue(id, out var field) || JsonRead.Bool(field["removable"]) == false)
            {
                problems.Add(($"custom_fields[{index}]", $"Custom field: {entry?["id"]?.ToJsonString() ?? "no id"} is not a custom ticket field of this account"));
                continue;
            }

            if (JsonRead.Text(field["type"]) == "checkbox" && entry!["value"] is { } value && JsonRead.Bool(value) is null)
            {
                problems.Add(($"custom_fields[{index}]", $"{JsonRead.Text(field["title"])}: a checkbox takes true or false, got {value.ToJsonString()}"));
                continue;
            }

            TicketShape.SetField(account, ticket, id, entry!["value"]);
        }
    }
}
