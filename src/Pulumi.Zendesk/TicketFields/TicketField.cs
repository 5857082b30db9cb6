using StellaIac.Engine.Program;

namespace Pulumi.Zendesk.TicketFields;

/// <summary><c>zendesk:index:TicketField</c>. Its <see cref="CustomResource.Id"/> is the id payloads and conditions name.</summary>
public sealed class TicketField(string name, TicketFieldArgs args, CustomResourceOptions? options = null)
    : CustomResource(TicketFieldProvider.Token, name, args, options)
{
    [Output("title")]
    public Output<string> Title { get; private set; } = null!;

    [Output("tag")]
    public Output<string> Tag { get; private set; } = null!;
}
