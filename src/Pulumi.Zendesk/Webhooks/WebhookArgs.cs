using StellaIac.Engine.Program;

namespace Pulumi.Zendesk.Webhooks;

/// <summary>A Zendesk webhook (Zendesk removed HTTP targets; webhooks replaced them).</summary>
public sealed class WebhookArgs : ResourceArgs
{
    [Input("name", required: true)]
    public Input<string>? Name { get; init; }

    /// <summary>An https URL.</summary>
    [Input("endpoint", required: true)]
    public Input<string>? Endpoint { get; init; }

    [Input("httpMethod")]
    public Input<string>? HttpMethod { get; init; }

    [Input("requestFormat")]
    public Input<string>? RequestFormat { get; init; }

    [Input("status")]
    public Input<string>? Status { get; init; }

    /// <summary>["conditional_ticket_events"] (the default) for a webhook that triggers notify; a change replaces the webhook.</summary>
    [Input("subscriptions")]
    public InputList<string>? Subscriptions { get; init; }

    [Input("description")]
    public Input<string>? Description { get; init; }

    [Input("authentication")]
    public Input<WebhookAuthenticationArgs>? Authentication { get; init; }
}
