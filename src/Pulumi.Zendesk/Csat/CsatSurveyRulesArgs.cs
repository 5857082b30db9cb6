using StellaIac.Engine.Program;

namespace Pulumi.Zendesk.Csat;

/// <summary>Going live: Zendesk's default CSAT senders off, and custom ones too when the stack opts in.</summary>
public sealed class CsatSurveyRulesArgs : ResourceArgs
{
    /// <summary>Deactivate custom triggers and automations that send a CSAT survey; without it, any such rule fails the go-live check.</summary>
    [Input("deactivateCustom")]
    public Input<bool>? DeactivateCustom { get; init; }
}
