using StellaIac.Engine.Program;

namespace Pulumi.Zendesk.TriggerCategories;

/// <summary>A trigger category; all triggers of an earlier category run before any of a later one.</summary>
public sealed class TriggerCategoryArgs : ResourceArgs
{
    [Input("name", required: true)]
    public Input<string>? Name { get; init; }

    /// <summary>Where the category stands among categories; left out, Zendesk puts a new one last.</summary>
    [Input("position")]
    public Input<int>? Position { get; init; }
}
