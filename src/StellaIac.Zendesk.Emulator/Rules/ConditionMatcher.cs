using System.Text.Json.Nodes;
using StellaIac.Zendesk.Emulator.Account;
using StellaIac.Zendesk.Emulator.Api;
using StellaIac.Zendesk.Emulator.Tickets;

namespace StellaIac.Zendesk.Emulator.Rules;

/// <summary>
/// Evaluates one trigger condition against a ticket update. A condition the emulator cannot evaluate answers
/// null, and the run reports it instead of guessing.
/// </summary>
internal static class ConditionMatcher
{
    /// <summary>The fields whose value conditions compare (is, changed to, changed from ...).</summary>
    public static readonly IReadOnlySet<string> ValueFields = new HashSet<string>(StringComparer.Ordinal)
    {
        "status", "priority", "type", "group_id", "assignee_id", "requester_id", "organization_id", "ticket_form_id", "brand_id",
    };

    private static readonly string[] StatusOrder = ["new", "open", "pending", "hold", "solved", "closed"];
    private static readonly string[] PriorityOrder = ["low", "normal", "high", "urgent"];

    public static bool? Matches(EmulatorAccount account, TicketUpdate update, JsonObject condition)
    {
        var field = JsonRead.Text(condition["field"]) ?? "";
        var op = JsonRead.Text(condition["operator"]) ?? "";
        var expected = JsonRead.Text(condition["value"]) ?? "";
        switch (field)
        {
            case "update_type" when op == "is":
                return expected == (update.IsCreate ? "Create" : "Change");
            case "via_id" or "current_via_id" when op is "is" or "is_not":
                var via = field == "via_id" ? TicketShape.ViaId(update.Ticket) : update.UpdateViaId;
                return (via.ToString(System.Globalization.CultureInfo.InvariantCulture) == expected) == (op == "is");
            case "current_tags" when op is "includes" or "not_includes":
                var tags = TicketShape.Tags(update.Ticket);
                return expected.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(tags.Contains) == (op == "includes");
            case "comment_is_public":
                return update.CommentIsPublic is { } isPublic && expected switch
                {
                    "true" or "requester_can_see_comment" => isPublic,
                    "false" => !isPublic,
                    "not_relevant" => true,
                    _ => false,
                };
        }

        if (ValueFields.Contains(field))
        {
            return Compare(op, expected, Text(update.Before?[field]), Text(update.Ticket[field]), update.IsCreate, field switch
            {
                "status" => StatusOrder,
                "priority" => PriorityOrder,
                _ => null,
            });
        }

        if (CustomFieldId(account, field) is { } fieldId)
        {
            var now = TicketShape.FieldValue(account, update.Ticket, fieldId);
            var before = update.Before is null ? null : TicketShape.FieldValue(account, update.Before, fieldId);
            return op is "includes" or "not_includes"
                ? expected.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(v => (now ?? "").Split(' ').Contains(v)) == (op == "includes")
                : Compare(op, expected, before, now, update.IsCreate, null);
        }

        return null;
    }

    public static long? CustomFieldId(EmulatorAccount account, string field)
        => field.StartsWith("custom_fields_", StringComparison.Ordinal) && Ids.Parse(field["custom_fields_".Length..]) is { } id && account.TicketFields.ContainsKey(id) ? id : null;

    private static string? Text(JsonNode? node) => JsonRead.Text(node) is { Length: > 0 } text ? text : null;

    private static bool? Compare(string op, string expected, string? before, string? now, bool creating, string[]? order)
    {
        var changed = creating ? now is not null : before != now;
        var wanted = expected.Length == 0 ? null : expected;
        return op switch
        {
            "is" => now == wanted,
            "is_not" => now != wanted,
            "present" => now is not null,
            "not_present" => now is null,
            "changed" => changed,
            "not_changed" => !changed,
            "value" => changed && now == wanted,
            "value_previous" => changed && before == wanted,
            "not_value" => !(changed && now == wanted),
            "not_value_previous" => !(changed && before == wanted),
            "less_than" when order is not null => Array.IndexOf(order, now) >= 0 && Array.IndexOf(order, now) < Array.IndexOf(order, wanted),
            "greater_than" when order is not null => Array.IndexOf(order, now) > Array.IndexOf(order, wanted),
            _ => null,
        };
    }
}
