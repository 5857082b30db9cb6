using StellaIac.Engine.Program;

namespace Pulumi.Zendesk.Automations;

/// <summary>Adopts an existing automation and sets whether it is active; never creates or deletes one.</summary>
public sealed class AutomationActivationArgs : ResourceArgs
{
    /// <summary>An automation id, or <see cref="DefaultCsat"/> for Zendesk's default customer satisfaction automation.</summary>
    [Input("automation", required: true)]
    public Input<string>? Automation { get; init; }

    [Input("active", required: true)]
    public Input<bool>? Active { get; init; }

    public const string DefaultCsat = "default-csat";
}
