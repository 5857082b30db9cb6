using StellaIac.Engine.Program;

namespace Pulumi.Zendesk.TriggerOrders;

/// <summary>Puts the listed triggers first in their category, in this order (exclusions above sends).</summary>
public sealed class TriggerOrderArgs : ResourceArgs
{
    [Input("categoryId", required: true)]
    public Input<string>? CategoryId { get; init; }

    [Input("triggerIds", required: true)]
    public InputList<string>? TriggerIds { get; init; }
}
