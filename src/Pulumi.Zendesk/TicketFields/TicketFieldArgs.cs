using StellaIac.Engine.Program;

namespace Pulumi.Zendesk.TicketFields;

/// <summary>A custom ticket field, such as the checkbox "Do not Send Stella Connect Survey".</summary>
public sealed class TicketFieldArgs : ResourceArgs
{
    /// <summary>checkbox, text, ...; a change replaces the field (Zendesk fixes the type at creation).</summary>
    [Input("type", required: true)]
    public Input<string>? Type { get; init; }

    [Input("title", required: true)]
    public Input<string>? Title { get; init; }

    [Input("description")]
    public Input<string>? Description { get; init; }

    [Input("agentDescription")]
    public Input<string>? AgentDescription { get; init; }

    [Input("active")]
    public Input<bool>? Active { get; init; }

    /// <summary>For a checkbox: the tag Zendesk adds to a ticket when it is ticked.</summary>
    [Input("tag")]
    public Input<string>? Tag { get; init; }
}
