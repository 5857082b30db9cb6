namespace StellaIac.Zendesk.Rules;

/// <summary>One trigger or automation action: <c>{field, value}</c>; notification_webhook's value is <c>[webhook id, body]</c>.</summary>
public sealed record RuleAction(string Field, RuleValue Value)
{
    public RuleValue Value { get; init; } = Value ?? RuleValue.None;

    public static RuleAction NotifyWebhook(string webhookId, string body) => new("notification_webhook", RuleValue.List(webhookId, body));
}
