using StellaIac.Engine.Program;

namespace Pulumi.Zendesk.TriggerCategories;

/// <summary><c>zendesk:index:TriggerCategory</c>.</summary>
public sealed class TriggerCategory(string name, TriggerCategoryArgs args, CustomResourceOptions? options = null)
    : CustomResource(TriggerCategoryProvider.Token, name, args, options)
{
    [Output("name")]
    public Output<string> CategoryName { get; private set; } = null!;

    [Output("position")]
    public Output<int> Position { get; private set; } = null!;
}
