using StellaIac.Engine.Program;

namespace Pulumi.Zendesk.Triggers;

/// <summary>A ticket trigger. Conditions compare as sets, actions in order, values as strings.</summary>
public sealed class TriggerArgs : ResourceArgs
{
    [Input("title", required: true)]
    public Input<string>? Title { get; init; }

    [Input("active")]
    public Input<bool>? Active { get; init; }

    [Input("categoryId")]
    public Input<string>? CategoryId { get; init; }

    [Input("description")]
    public Input<string>? Description { get; init; }

    [Input("conditions", required: true)]
    public Input<TriggerConditionsArgs>? Conditions { get; init; }

    [Input("actions", required: true)]
    public InputList<TriggerActionArgs>? Actions { get; init; }
}
