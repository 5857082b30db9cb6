using Pulumi.Zendesk.TriggerCategories;
using Pulumi.Zendesk.TriggerOrders;
using Pulumi.Zendesk.Triggers;
using StellaIac.Engine.Program;
using StellaIac.StellaConnect.Channels;
using StellaIac.StellaConnect.Payloads;

namespace StellaIac.StellaConnect;

/// <summary>
/// The integration's triggers in a category of their own: the exclusion triggers, one send trigger per
/// channel notifying the webhook with the channel's payload, and the order that puts every exclusion
/// above every send.
/// </summary>
public sealed class StellaTriggers : ComponentResource
{
    public const string Token = "stella:index:StellaTriggers";

    public StellaTriggers(string name, StellaTriggersArgs args, ComponentResourceOptions? options = null)
        : base(Token, name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        // Children wait for what the component waits for (a go-live's CSAT check comes before any write).
        var child = new CustomResourceOptions { Parent = this, DependsOn = options?.DependsOn ?? [] };
        Category = new TriggerCategory($"{name}-category", new TriggerCategoryArgs { Name = args.CategoryName }, child);
        var doNotSend = Output.Format($"custom_fields_{args.DoNotSendFieldId}");
        Exclusions = [.. args.Exclusions.Select((rule, i) => new Trigger($"{name}-exclusion-{i + 1}", new TriggerArgs
        {
            Title = rule.Title,
            CategoryId = Category.Id,
            Conditions = Conditions(rule.All, rule.Any),
            Actions = [new TriggerActionArgs { Field = doNotSend, Value = "true" }],
        }, child))];
        Sends = [.. args.Channels.Select(channel => new Trigger($"{name}-send-{Slug(channel)}", new TriggerArgs
        {
            Title = channel.Title,
            CategoryId = Category.Id,
            Conditions = SendConditions(channel),
            Actions = [new TriggerActionArgs
            {
                Field = "notification_webhook",
                Values = [args.WebhookId, args.DoNotSendFieldId.Apply(id => StellaPayload.For(channel.StellaName, id, args.Payload))],
            }],
        }, child))];
        Order = new TriggerOrder($"{name}-order", new TriggerOrderArgs
        {
            CategoryId = Category.Id,
            TriggerIds = Output.All(Exclusions.Concat(Sends).Select(t => (Input<string>)t.Id)),
        }, child);
        RegisterOutputs(new Dictionary<string, object?> { ["categoryId"] = Category.Id });
    }

    public TriggerCategory Category { get; }

    public IReadOnlyList<Trigger> Exclusions { get; }

    public IReadOnlyList<Trigger> Sends { get; }

    public TriggerOrder Order { get; }

    /// <summary>A resource name for the channel: chat, email, phone, or the custom channel's name.</summary>
    public static string Slug(StellaChannel channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var name = new string([.. channel.StellaName.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]).Trim('-');
        return channel.Kind == ChannelKind.Custom ? $"custom-{name}" : name;
    }

    /// <summary>Status changed to the channel's status, its channels (one in all, several in any), its own and the user's conditions.</summary>
    private static TriggerConditionsArgs SendConditions(StellaChannel channel)
    {
        var all = new List<RuleCondition> { new("status", "value", channel.Status) };
        var any = new List<RuleCondition>();
        if (channel.Kind == ChannelKind.Custom)
        {
            all.AddRange(channel.ChannelConditions);
        }
        else if (channel.ViaIds.Count == 1)
        {
            all.Add(RuleCondition.Channel(channel.ViaIds[0]));
        }
        else
        {
            any.AddRange(channel.ViaIds.Select(RuleCondition.Channel));
        }

        all.AddRange(channel.Conditions);
        return Conditions(all, any);
    }

    private static TriggerConditionsArgs Conditions(IEnumerable<RuleCondition> all, IEnumerable<RuleCondition> any)
    {
        var result = new TriggerConditionsArgs();
        foreach (var condition in all)
        {
            result.All.Add(Condition(condition));
        }

        foreach (var condition in any)
        {
            result.Any.Add(Condition(condition));
        }

        return result;
    }

    private static TriggerConditionArgs Condition(RuleCondition condition) => new()
    {
        Field = condition.Field,
        Operator = condition.Operator is { } op ? (Input<string>)op : null,
        Value = condition.Value is { } value ? (Input<string>)value : null,
    };
}
