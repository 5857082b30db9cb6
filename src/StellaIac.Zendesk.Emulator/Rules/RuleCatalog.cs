using System.Text.Json.Nodes;
using StellaIac.Zendesk.Channels;
using StellaIac.Zendesk.Emulator.Account;
using StellaIac.Zendesk.Emulator.Api;

namespace StellaIac.Zendesk.Emulator.Rules;

/// <summary>The condition and action subjects an account's triggers may use, built from the account's own fields, webhooks, targets and brands.</summary>
internal sealed class RuleCatalog
{
    private static readonly string[] Changes = ["is", "is_not", "changed", "value", "value_previous", "not_changed", "not_value", "not_value_previous"];
    private static readonly string[] Ordered = ["is", "is_not", "less_than", "greater_than", "changed", "value", "value_previous", "not_changed", "not_value", "not_value_previous"];
    private static readonly (string, string)[] StatusValues = [("new", "New"), ("open", "Open"), ("pending", "Pending"), ("hold", "On-hold"), ("solved", "Solved"), ("closed", "Closed")];
    private static readonly (string, string)[] Checkbox = [("true", "Checked"), ("false", "Unchecked")];

    private RuleCatalog(IReadOnlyList<RuleSubject> conditions, IReadOnlyList<RuleSubject> actions)
    {
        Conditions = conditions.ToDictionary(s => s.Subject, StringComparer.Ordinal);
        Actions = actions.ToDictionary(s => s.Subject, StringComparer.Ordinal);
    }

    public IReadOnlyDictionary<string, RuleSubject> Conditions { get; }

    public IReadOnlyDictionary<string, RuleSubject> Actions { get; }

    public static RuleCatalog For(EmulatorAccount account)
    {
        var channels = ViaChannels.All.Select(c => (Ids.Text(c.Id), c.Title)).ToArray();
        var brands = account.Brands.Values.Select(b => (JsonRead.Text(b["id"])!, JsonRead.Text(b["name"]) ?? "")).ToArray();
        var customFields = account.TicketFields.Values.Where(f => JsonRead.Bool(f["removable"]) != false).ToList();

        var conditions = new List<RuleSubject>
        {
            new("status", "Ticket: Status", "list", "ticket", Ordered, StatusValues),
            new("via_id", "Ticket: Channel", "list", "ticket", ["is", "is_not"], channels),
            new("current_via_id", "Ticket: Update via", "list", "ticket", ["is", "is_not"], channels),
            new("update_type", "Ticket: Is", "list", "ticket", ["is"], [("Create", "Created"), ("Change", "Updated")]),
            new("current_tags", "Ticket: Tags", "tags", "ticket", ["includes", "not_includes"], null),
            new("brand_id", "Ticket: Brand", "list", "ticket", Changes, brands),
            new("priority", "Ticket: Priority", "list", "ticket", Ordered, [("low", "Low"), ("normal", "Normal"), ("high", "High"), ("urgent", "Urgent")]),
            new("type", "Ticket: Type", "list", "ticket", Changes, [("question", "Question"), ("incident", "Incident"), ("problem", "Problem"), ("task", "Task")]),
            new("group_id", "Ticket: Group", "list", "ticket", Changes, null),
            new("assignee_id", "Ticket: Assignee", "list", "ticket", Changes, null),
            new("requester_id", "Ticket: Requester", "list", "ticket", Changes, null),
            new("organization_id", "Ticket: Organization", "list", "ticket", Changes, null),
            new("ticket_form_id", "Ticket: Form", "list", "ticket", Changes, null),
            new("locale_id", "Requester: Language", "list", "requester", ["is", "is_not"], null),
            new("role", "Ticket: Current user", "list", "ticket", ["is", "is_not"], [("end_user", "(end user)"), ("agent", "(agent)")]),
            new("comment_is_public", "Ticket: Comment", "list", "ticket", [], [("true", "Public"), ("false", "Private"), ("not_relevant", "Present (public or private)"), ("requester_can_see_comment", "Present, and requester can see comment")]),
            new("ticket_is_public", "Ticket: Privacy", "list", "ticket", ["is"], [("public", "Public"), ("private", "Private")]),
            new("subject_includes_word", "Ticket: Subject text", "text", "ticket", ["includes", "not_includes", "is", "is_not"], null),
            new("comment_includes_word", "Ticket: Comment text", "text", "ticket", ["includes", "not_includes", "is", "is_not"], null),
            new("satisfaction_score", "Ticket: Satisfaction", "list", "ticket", Changes, [("unoffered", "Unoffered"), ("offered", "Offered"), ("bad", "Bad"), ("good", "Good")]),
        };
        conditions.AddRange(customFields.Select(CustomFieldCondition));

        var webhooks = account.Webhooks.Values.Where(WebhooksApi.AcceptsTriggers).Select(w => (JsonRead.Text(w["id"])!, JsonRead.Text(w["name"]) ?? "")).ToArray();
        var targets = account.Targets.Values.Select(t => (JsonRead.Text(t["id"])!, JsonRead.Text(t["title"]) ?? "")).ToArray();
        var actions = new List<RuleSubject>
        {
            new("status", "Ticket: Status", "list", "ticket", [], StatusValues.Where(v => v.Item1 != "new").ToArray()),
            new("priority", "Ticket: Priority", "list", "ticket", [], [("low", "Low"), ("normal", "Normal"), ("high", "High"), ("urgent", "Urgent")]),
            new("type", "Ticket: Type", "list", "ticket", [], [("question", "Question"), ("incident", "Incident"), ("problem", "Problem"), ("task", "Task")]),
            new("group_id", "Ticket: Group", "list", "ticket", [], null),
            new("assignee_id", "Ticket: Assignee", "list", "ticket", [], null),
            new("set_tags", "Ticket: Set tags", "text", "ticket", [], null),
            new("current_tags", "Ticket: Add tags", "text", "ticket", [], null),
            new("remove_tags", "Ticket: Remove tags", "text", "ticket", [], null),
            new("satisfaction_score", "Ticket: Satisfaction", "list", "ticket", [], [("offered", "Offered")]),
            new("notification_user", "Email user", "list", "notification", [], null),
            new("notification_group", "Email group", "list", "notification", [], null),
            new("notification_webhook", "Notify active webhook", "webhook", "notification", [], webhooks),
            new("notification_target", "Notify target", "list", "notification", [], targets),
            new("cc", "Ticket: Add cc", "list", "ticket", [], null),
            new("locale_id", "Requester: Language", "list", "requester", [], null),
            new("brand_id", "Ticket: Brand", "list", "ticket", [], brands),
        };
        actions.AddRange(customFields.Select(f => CustomFieldCondition(f) with { Operators = [] }));
        return new RuleCatalog(conditions, actions);
    }

    public JsonObject ToDefinitions()
    {
        JsonArray Conditions(IEnumerable<RuleSubject> subjects) => [.. subjects.Select(s => Definition(s, withOperators: true))];
        return new JsonObject
        {
            ["definitions"] = new JsonObject
            {
                ["actions"] = new JsonArray([.. Actions.Values.Select(s => Definition(s, withOperators: false))]),
                ["conditions_all"] = Conditions(this.Conditions.Values),
                ["conditions_any"] = Conditions(this.Conditions.Values),
            },
        };
    }

    private static JsonObject Definition(RuleSubject subject, bool withOperators)
    {
        var definition = new JsonObject
        {
            ["subject"] = subject.Subject,
            ["title"] = subject.Title,
            ["type"] = subject.Type,
            ["group"] = subject.Group,
            ["nullable"] = false,
            ["repeatable"] = subject.Subject is "notification_user" or "notification_webhook" or "notification_target" or "notification_group",
            ["values"] = new JsonArray([.. (subject.Values ?? []).Select(v => new JsonObject { ["value"] = v.Value, ["title"] = v.Title, ["enabled"] = true })]),
        };
        if (withOperators)
        {
            definition["operators"] = new JsonArray([.. subject.Operators.Select(o => new JsonObject { ["value"] = o, ["title"] = o, ["terminal"] = RuleSubject.TerminalOperators.Contains(o) })]);
        }

        return definition;
    }

    private static RuleSubject CustomFieldCondition(JsonObject field)
    {
        var subject = $"custom_fields_{JsonRead.Text(field["id"])}";
        var title = JsonRead.Text(field["title"]) ?? subject;
        return JsonRead.Text(field["type"]) switch
        {
            "checkbox" => new RuleSubject(subject, title, "list", "ticket", Changes, Checkbox),
            "tagger" or "multiselect" => new RuleSubject(subject, title, "list", "ticket", ["is", "is_not", "present", "not_present", "includes", "not_includes"],
                [.. ((field["custom_field_options"] as JsonArray)?.OfType<JsonObject>() ?? []).Select(o => (JsonRead.Text(o["value"]) ?? "", JsonRead.Text(o["name"]) ?? ""))]),
            _ => new RuleSubject(subject, title, "text", "ticket", ["is", "is_not", "present", "not_present", "includes", "not_includes"], null),
        };
    }
}
