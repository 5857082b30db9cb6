using StellaIac.Engine.Program;

namespace Pulumi.Zendesk.Triggers;

/// <summary>One action: a field and a value, or a list of values (notification_webhook takes [webhook id, body]).</summary>
public sealed class TriggerActionArgs : ResourceArgs
{
    [Input("field", required: true)]
    public Input<string>? Field { get; init; }

    [Input("value")]
    public Input<string>? Value { get; init; }

    [Input("values")]
    public InputList<string>? Values { get; init; }
}
