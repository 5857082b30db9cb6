using System.Collections.Immutable;
using System.Globalization;
using Pulumi.Zendesk.Schema;
using StellaIac.Engine.Deploy;
using StellaIac.Engine.Providers;
using StellaIac.Engine.Values;
using StellaIac.Zendesk;
using StellaIac.Zendesk.Errors;
using StellaIac.Zendesk.Triggers;
using StellaIac.Zendesk.Webhooks;
using ZendeskTrigger = StellaIac.Zendesk.Triggers.Trigger;

namespace Pulumi.Zendesk.Triggers;

/// <summary>
/// Ticket triggers. Check refuses what Zendesk would (an unknown channel, a field the account lacks, a
/// webhook not connected to triggers) before anything is sent; updates always send the full arrays.
/// </summary>
internal sealed class TriggerProvider(ZendeskClient client, AccountRules rules, ZendeskLookups lookups, BatchReads reads) : ResourceProvider(client, lookups)
{
    public const string Token = "zendesk:index:Trigger";

    public static ResourceSchema Declared { get; } = ResourceSchema.For<TriggerArgs>(Token, "A ticket trigger. Conditions compare as sets, actions in order, values as strings; the full arrays are always sent.")
        .Input("title", required: true, description: "The trigger's title.")
        .Input("active", description: "Whether the trigger runs (true by default).")
        .Input("categoryId", description: "The id of the trigger category that holds it.")
        .Input("description", description: "What the trigger is for.")
        .Input("conditions", required: true, compare: Compare.ConditionSets, description: "all: every condition must hold; any: at least one of them, when there are any.")
        .Input("actions", required: true, description: "What the trigger does, in order (notification_webhook takes [webhook id, body]).")
        .Output<string>("id")
        .Output<int>("position", "The trigger's position within its category.");

    public override ResourceSchema Schema => Declared;

    public override async Task<CheckResponse> Check(CheckRequest request, CancellationToken ct)
    {
        var news = request.NewInputs;
        var failures = Schema.MissingRequired(news).ToList();
        if (Props.String(news, "title") is { } title)
        {
            Lookups.TriggerTitles(Zendesk).Declare(title);
        }

        var inputs = news.With("active", Props.Bool(news, "active") ?? true);
        if (news.TryGetValue("conditions", out var conditions))
        {
            inputs = inputs.SetItem("conditions", RuleProps.Normalise(conditions));
        }

        if (news.TryGetValue("actions", out var actions) && actions.TryGetArray(out var list))
        {
            inputs = inputs.SetItem("actions", PropertyValue.FromArray(list.Select(RuleProps.NormaliseAction)));
        }

        var all = Props.List(Props.Map(inputs, "conditions"), "all");
        var any = Props.List(Props.Map(inputs, "conditions"), "any");
        if (inputs.ContainsKey("conditions") && all.Length + any.Length == 0)
        {
            failures.Add(Diagnostic.Invalid("conditions", "a trigger needs at least one condition"));
        }

        if (inputs.ContainsKey("actions") && Props.List(inputs, "actions").Length == 0)
        {
            failures.Add(Diagnostic.Invalid("actions", "a trigger needs at least one action"));
        }

        var definitions = await rules.GetAsync(fresh: false, ct);
        foreach (var (condition, path) in all.Select((c, i) => (c, $"conditions.all[{i}]")).Concat(any.Select((c, i) => (c, $"conditions.any[{i}]"))))
        {
            definitions = await CheckConditionAsync(condition, path, definitions, failures, ct);
        }

        foreach (var (action, index) in Props.List(inputs, "actions").Select((a, i) => (a, i)))
        {
            await CheckActionAsync(action, $"actions[{index}]", failures, ct);
        }

        return new CheckResponse { Inputs = inputs, Failures = failures };
    }

    public override Task<DiffResponse> Diff(DiffRequest request, CancellationToken ct)
    {
        // Zendesk puts a trigger without a category in the first one: only a category the program sets is compared.
        var olds = request.NewInputs.ContainsKey("categoryId") ? request.OldInputs : request.OldInputs.Remove("categoryId");
        return Task.FromResult(Schema.Diff(olds, request.OldOutputs, request.NewInputs));
    }

    public override async Task<CreateResponse> Create(CreateRequest request, CancellationToken ct)
    {
        if (request.Preview)
        {
            return new CreateResponse(null, request.Inputs.SetItem("id", PropertyValue.Computed).SetItem("position", PropertyValue.Computed));
        }

        return await CreateOrRecoverAsync(request, async () =>
        {
            var created = await Zendesk.Triggers.CreateAsync(Content(request.Inputs), ct);
            return new CreateResponse(Id(created), Outputs(request.Inputs, created));
        }, ct);
    }

    /// <summary>Served from one list of the trigger's category when it is there; a single GET otherwise (moved, or no category known).</summary>
    public override Task<ReadResponse> Read(ReadRequest request, CancellationToken ct)
        => ReadOrGone(request.Id, async id =>
        {
            var category = Props.String(request.Outputs, "categoryId") ?? Props.String(request.Inputs, "categoryId");
            var listed = category is null ? null : (await reads.CategoryTriggersAsync(category, ct)).Find(t => t.Id == id);
            var trigger = listed ?? await Zendesk.Triggers.GetAsync(id, ct);
            var inputs = Inputs(trigger);
            return new ReadResponse(Id(trigger), inputs, Outputs(inputs, trigger));
        });

    public override async Task<UpdateResponse> Update(UpdateRequest request, CancellationToken ct)
    {
        if (request.Preview)
        {
            return new UpdateResponse(request.NewInputs.SetItem("id", request.Id).SetItem("position", request.OldOutputs.GetValueOrDefault("position", PropertyValue.Computed)));
        }

        var updated = await Zendesk.Triggers.UpdateAsync(NumericId(request.Id), Content(request.NewInputs), ct);
        return new UpdateResponse(Outputs(request.NewInputs, updated));
    }

    public override Task Delete(DeleteRequest request, CancellationToken ct)
        => DeleteIfPresent(() => Zendesk.Triggers.DeleteAsync(NumericId(request.Id), ct));

    /// <summary>A trigger with the same title (the seed's hand-made one, perhaps notifying a legacy target) is adopted.</summary>
    protected override (string Property, string Value)? NaturalKey(ImmutableDictionary<string, PropertyValue> inputs)
        => Props.String(inputs, "title") is { } title ? ("title", title) : null;

    /// <summary>One search for every declared title (see <see cref="TriggerTitleSearch"/>), shared by the preview and the apply.</summary>
    protected override Task<string?> AdoptAsync(ImmutableDictionary<string, PropertyValue> inputs, string value, CancellationToken ct)
        => Lookups.TriggerTitles(Zendesk).FindAsync(Zendesk.Triggers, value, ct);

    /// <summary>Zendesk's search by the whole title, asked now (a create whose answer was lost): a page or two, however many triggers the account has.</summary>
    protected override Task<string?> FindAsync(ImmutableDictionary<string, PropertyValue> inputs, CancellationToken ct)
    {
        var title = Props.String(inputs, "title")!;
        return FirstIdAsync(Zendesk.Triggers.SearchAsync(title, ct), t => t.Title == title, Id);
    }

    internal static ImmutableDictionary<string, PropertyValue> Inputs(ZendeskTrigger trigger) => PropertyMap.Empty
        .With("title", trigger.Title)
        .With("active", trigger.Active)
        .With("categoryId", trigger.CategoryId)
        .With("description", string.IsNullOrEmpty(trigger.Description) ? null : trigger.Description)
        .With("conditions", RuleProps.FromConditions(trigger.Conditions))
        .With("actions", RuleProps.FromActions(trigger.Actions));

    private async Task<RuleDefinitions> CheckConditionAsync(PropertyValue condition, string path, RuleDefinitions definitions, List<Diagnostic> failures, CancellationToken ct)
    {
        if (!condition.TryGetMap(out var map) || condition.ContainsUnknowns)
        {
            return definitions;
        }

        var field = Props.String(map, "field");
        var subject = definitions.ConditionsAll.FirstOrDefault(d => d.Subject == field);
        if (subject is null && field is not null && field.StartsWith("custom_fields_", StringComparison.Ordinal))
        {
            definitions = await rules.GetAsync(fresh: true, ct);
            subject = definitions.ConditionsAll.FirstOrDefault(d => d.Subject == field);
        }

        if (subject is null)
        {
            failures.Add(Diagnostic.Invalid($"{path}.field", $"'{field}' is not a condition this account's triggers take"));
            return definitions;
        }

        var op = Props.String(map, "operator");
        if (subject.Operators.Count > 0 && !subject.Operators.Any(o => o.Value == op))
        {
            failures.Add(Diagnostic.Invalid($"{path}.operator", $"'{op}' is not an operator of {field}; use {string.Join(", ", subject.Operators.Select(o => o.Value))}"));
            return definitions;
        }

        var value = Props.String(map, "value");
        if (field == "via_id")
        {
            var channels = AccountRules.Channels(definitions);
            if (value is null || !channels.ContainsKey(value))
            {
                failures.Add(Diagnostic.Invalid($"{path}.value", $"via_id {value} is not a channel of this account. Known: {string.Join(", ", channels.Select(c => $"{c.Key} {c.Value}"))}"));
            }
        }
        else if (subject.Values.Count > 0 && value is not null && !subject.Values.Any(v => v.Value == value) && !(op is "changed" or "not_changed"))
        {
            failures.Add(Diagnostic.Invalid($"{path}.value", $"'{value}' is not a value of {field}; use {string.Join(", ", subject.Values.Select(v => v.Value))}"));
        }

        return definitions;
    }

    private async Task CheckActionAsync(PropertyValue action, string path, List<Diagnostic> failures, CancellationToken ct)
    {
        if (!action.TryGetMap(out var map) || Props.String(map, "field") != "notification_webhook")
        {
            return;
        }

        if (map.TryGetValue("value", out var whole) && whole.IsComputed)
        {
            return;
        }

        var value = Props.List(map, "value");
        if (value.Length != 2)
        {
            failures.Add(Diagnostic.Invalid($"{path}.value", "notification_webhook takes [webhook id, body]"));
            return;
        }

        if (value[0].ContainsUnknowns || Props.Text(value[0]) is not { } webhookId)
        {
            return;
        }

        try
        {
            var webhook = await Lookups.GetOrAddAsync(Zendesk, $"webhook:{webhookId}", () => Zendesk.Webhooks.GetAsync(webhookId, ct));
            if (!webhook.Subscriptions.Contains(WebhookSubscriptions.ConditionalTicketEvents))
            {
                failures.Add(Diagnostic.Invalid($"{path}.value", $"the webhook '{webhook.Name}' ({webhookId}) is not subscribed to conditional_ticket_events, so triggers cannot notify it"));
            }
        }
        catch (ZendeskNotFoundException)
        {
            failures.Add(Diagnostic.Invalid($"{path}.value", $"the webhook {webhookId} does not exist"));
        }
    }

    private static TriggerContent Content(ImmutableDictionary<string, PropertyValue> inputs) => new()
    {
        Title = Props.String(inputs, "title")!,
        Active = Props.Bool(inputs, "active") ?? true,
        CategoryId = Props.String(inputs, "categoryId"),
        Description = Props.String(inputs, "description"),
        Conditions = RuleProps.ToConditions(inputs.GetValueOrDefault("conditions", PropertyValue.Null)),
        Actions = RuleProps.ToActions(Props.List(inputs, "actions")),
    };

    private static string Id(ZendeskTrigger trigger) => trigger.Id.ToString(CultureInfo.InvariantCulture);

    private static ImmutableDictionary<string, PropertyValue> Outputs(ImmutableDictionary<string, PropertyValue> inputs, ZendeskTrigger trigger)
        => inputs.With("id", Id(trigger)).With("position", new PropertyValue(trigger.Position)).With("categoryId", trigger.CategoryId);
}
