using StellaIac.Engine.Program;

namespace Pulumi.Zendesk.Webhooks;

/// <summary>How the webhook authenticates to its endpoint; Stella Connect takes basic auth, username "connect".</summary>
public sealed class WebhookAuthenticationArgs : ResourceArgs
{
    /// <summary>basic_auth (default) or bearer_token.</summary>
    [Input("type")]
    public Input<string>? Type { get; init; } = "basic_auth";

    [Input("username")]
    public Input<string>? Username { get; init; }

    /// <summary>The password (basic auth) or token (bearer); always kept secret.</summary>
    [Input("password")]
    public Input<string>? Password { get; init; }
}
