using System.Text.Json.Nodes;
using StellaIac.Zendesk.Emulator.Account;
using StellaIac.Zendesk.Emulator.Api;
using StellaIac.Zendesk.Emulator.Stella;

namespace StellaIac.Zendesk.Emulator.Rules;

/// <summary>
/// Zendesk's trigger cycle for one ticket update: the active triggers in evaluation order (category position,
/// then trigger position), each firing when all its <c>all</c> conditions and one of its <c>any</c> conditions
/// hold, its actions applied at once so later triggers see them; the pass repeats while a trigger fired, and
/// a trigger fires at most once per update. What the emulator cannot evaluate is reported, never guessed.
/// </summary>
internal static class TriggerCycle
{
    public static JsonObject Run(EmulatorAccount account, StellaConnectReceiver stella, TicketUpdate update, string baseUrl, DateTimeOffset now)
    {
        var fired = new JsonArray();
        var notifications = new JsonArray();
        var unsupported = new JsonArray();
        var done = new HashSet<string>(StringComparer.Ordinal);
        var actions = new TriggerActions(account, stella, update.Ticket, baseUrl, now);
        bool firedInPass;
        do
        {
            firedInPass = false;
            foreach (var trigger in TriggersApi.InEvaluationOrder(account).Where(t => JsonRead.Bool(t["active"]) == true).ToList())
            {
                var id = JsonRead.Text(trigger["id"])!;
                if (done.Contains(id) || Evaluate(account, update, trigger, unsupported) != true)
                {
                    continue;
                }

                done.Add(id);
                firedInPass = true;
                fired.Add(new JsonObject { ["id"] = id, ["title"] = trigger["title"]?.DeepClone() });
                foreach (var action in (trigger["actions"] as JsonArray ?? []).OfType<JsonObject>())
                {
                    if (actions.Apply(trigger, action) is { } outcome)
                    {
                        (JsonRead.Text(outcome["unsupported"]) is null ? notifications : unsupported).Add(outcome);
                    }
                }
            }
        }
        while (firedInPass);

        return new JsonObject
        {
            ["ticket_id"] = update.Ticket["id"]?.DeepClone(),
            ["update_type"] = update.IsCreate ? "Create" : "Change",
            ["created_at"] = EmulatorAccount.Timestamp(now),
            ["fired"] = fired,
            ["notifications"] = notifications,
            ["unsupported"] = Distinct(unsupported),
        };
    }

    /// <summary>True or false; null when a condition that decides the outcome cannot be evaluated (reported).</summary>
    private static bool? Evaluate(EmulatorAccount account, TicketUpdate update, JsonObject trigger, JsonArray unsupported)
    {
        var conditions = trigger["conditions"] as JsonObject;
        var all = (conditions?["all"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        var any = (conditions?["any"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        bool? Check(JsonObject condition)
        {
            var result = ConditionMatcher.Matches(account, update, condition);
            if (result is null)
            {
                unsupported.Add(new JsonObject
                {
                    ["trigger_id"] = trigger["id"]?.DeepClone(),
                    ["trigger_title"] = trigger["title"]?.DeepClone(),
                    ["unsupported"] = $"condition {JsonRead.Text(condition["field"])} {JsonRead.Text(condition["operator"]) ?? ""} {JsonRead.Text(condition["value"])}".TrimEnd(),
                });
            }

            return result;
        }

        var allResults = all.Select(Check).ToList();
        var anyResults = any.Select(Check).ToList();
        if (allResults.Contains(false) || (anyResults.Count > 0 && !anyResults.Contains(true) && !anyResults.Contains(null)))
        {
            return false;
        }

        return allResults.Contains(null) || (anyResults.Count > 0 && !anyResults.Contains(true)) ? null : true;
    }

    private static JsonArray Distinct(JsonArray items)
        => [.. items.OfType<JsonObject>().DistinctBy(i => i.ToJsonString()).Select(i => i.DeepClone())];
}
