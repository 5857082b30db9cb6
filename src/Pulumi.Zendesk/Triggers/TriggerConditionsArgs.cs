using StellaIac.Engine.Program;

namespace Pulumi.Zendesk.Triggers;

/// <summary>All of <see cref="All"/>, and at least one of <see cref="Any"/> when it has any.</summary>
public sealed class TriggerConditionsArgs : ResourceArgs
{
    [Input("all")]
    public InputList<TriggerConditionArgs> All { get; init; } = [];

    [Input("any")]
    public InputList<TriggerConditionArgs> Any { get; init; } = [];
}
