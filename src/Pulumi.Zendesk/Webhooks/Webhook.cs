using System.Collections.Immutable;
using StellaIac.Engine.Program;

namespace Pulumi.Zendesk.Webhooks;

/// <summary><c>zendesk:index:Webhook</c>.</summary>
public sealed class Webhook(string name, WebhookArgs args, CustomResourceOptions? options = null)
    : CustomResource(WebhookProvider.Token, name, args, options)
{
    [Output("name")]
    public Output<string> WebhookName { get; private set; } = null!;

    [Output("endpoint")]
    public Output<string> Endpoint { get; private set; } = null!;

    [Output("status")]
    public Output<string> Status { get; private set; } = null!;

    [Output("subscriptions")]
    public Output<ImmutableArray<string>> Subscriptions { get; private set; } = null!;

    /// <summary>The keyed fingerprint of the credentials; compares across stacks without revealing them.</summary>
    [Output("authenticationFingerprint")]
    public Output<string> AuthenticationFingerprint { get; private set; } = null!;
}
