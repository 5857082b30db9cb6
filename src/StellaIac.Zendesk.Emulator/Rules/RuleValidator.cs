using System.Text.Json.Nodes;
using StellaIac.Zendesk.Emulator.Api;

namespace StellaIac.Zendesk.Emulator.Rules;

/// <summary>Checks a trigger's conditions and actions against the account's catalog, with Zendesk's words for what it refuses.</summary>
internal static class RuleValidator
{
    public static List<string> Check(RuleCatalog catalog, JsonObject? conditions, JsonArray? actions)
    {
        var problems = new List<string>();
        if (conditions is null)
        {
            problems.Add("Conditions: cannot be blank");
        }
        else
        {
            var all = conditions["all"] as JsonArray ?? [];
            var any = conditions["any"] as JsonArray ?? [];
            if (all.Count + any.Count == 0)
            {
                problems.Add("Conditions: a trigger needs at least one condition");
            }

            foreach (var (condition, where) in all.Select(c => (c, "all")).Concat(any.Select(c => (c, "any"))))
            {
                CheckCondition(catalog, condition as JsonObject, where, problems);
            }
        }

        if (actions is null || actions.Count == 0)
        {
            problems.Add("Actions: a trigger needs at least one action");
        }
        else
        {
            foreach (var action in actions)
            {
                CheckAction(catalog, action as JsonObject, problems);
            }
        }

        return problems;
    }

    private static void CheckCondition(RuleCatalog catalog, JsonObject? condition, string where, List<string> problems)
    {
        var field = JsonRead.Text(condition?["field"]);
        if (field is null || !catalog.Conditions.TryGetValue(field, out var subject))
        {
            problems.Add($"Invalid condition in '{where}': the field '{field}' is not available in ticket triggers of this account");
            return;
        }

        var op = JsonRead.Text(condition!["operator"]);
        if (subject.Operators.Count > 0 && (op is null || !subject.Operators.Contains(op)))
        {
            problems.Add($"Invalid condition in '{where}': '{op}' is not an operator of {field} (use {string.Join(", ", subject.Operators)})");
            return;
        }

        if (op is not null && RuleSubject.TerminalOperators.Contains(op))
        {
            return;
        }

        var value = JsonRead.Text(condition["value"]);
        if (string.IsNullOrEmpty(value))
        {
            problems.Add($"Invalid condition in '{where}': {field} {op} needs a value");
        }
        else if (subject.Values is { } allowed && !allowed.Any(v => v.Value == value))
        {
            problems.Add(field == "via_id"
                ? $"Invalid condition in '{where}': via_id {value} is not a channel of this account"
                : $"Invalid condition in '{where}': '{value}' is not a value of {field}");
        }
    }

    private static void CheckAction(RuleCatalog catalog, JsonObject? action, List<string> problems)
    {
        var field = JsonRead.Text(action?["field"]);
        if (field is null || !catalog.Actions.TryGetValue(field, out var subject))
        {
            problems.Add($"Invalid action: the field '{field}' is not available in ticket triggers of this account");
            return;
        }

        var value = action!["value"];
        if (field is "notification_webhook" or "notification_target")
        {
            var items = value as JsonArray;
            var id = JsonRead.Text(items?.FirstOrDefault());
            if (items is null || items.Count != 2 || id is null)
            {
                problems.Add($"Invalid action: {field} takes [id, body]");
            }
            else if (!subject.Values!.Any(v => v.Value == id))
            {
                problems.Add(field == "notification_webhook"
                    ? $"Invalid action: webhook {id} does not exist or is not connected to triggers (it must subscribe to conditional_ticket_events)"
                    : $"Invalid action: target {id} does not exist");
            }

            return;
        }

        if (subject.Values is { Count: > 0 } allowed && JsonRead.Text(value) is { } text && !allowed.Any(v => v.Value == text))
        {
            problems.Add($"Invalid action: '{text}' is not a value of {field}");
        }
    }
}
