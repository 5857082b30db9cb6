namespace StellaIac.Zendesk.Webhooks;

public static class WebhookSubscriptions
{
    /// <summary>The one subscription of a webhook that triggers and automations notify.</summary>
    public const string ConditionalTicketEvents = "conditional_ticket_events";
}
