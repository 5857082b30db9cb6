using StellaIac.Engine.Program;

namespace Pulumi.Zendesk.Triggers;

/// <summary><c>zendesk:index:Trigger</c>.</summary>
public sealed class Trigger(string name, TriggerArgs args, CustomResourceOptions? options = null)
    : CustomResource(TriggerProvider.Token, name, args, options)
{
    [Output("title")]
    public Output<string> Title { get; private set; } = null!;

    [Output("categoryId")]
    public Output<string> CategoryId { get; private set; } = null!;

    [Output("position")]
    public Output<int> Position { get; private set; } = null!;
}
