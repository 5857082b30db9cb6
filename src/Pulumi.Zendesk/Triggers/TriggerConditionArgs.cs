using StellaIac.Engine.Program;

namespace Pulumi.Zendesk.Triggers;

/// <summary>One condition: <c>{field, operator, value}</c>, e.g. status value solved ("Status changed to Solved").</summary>
public sealed class TriggerConditionArgs : ResourceArgs
{
    [Input("field", required: true)]
    public Input<string>? Field { get; init; }

    /// <summary>Left out for the few fields Zendesk takes without one (comment_is_public).</summary>
    [Input("operator")]
    public Input<string>? Operator { get; init; }

    [Input("value")]
    public Input<string>? Value { get; init; }
}
