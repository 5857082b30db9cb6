namespace StellaIac.Engine.Program;

/// <summary>
/// A list given item by item: serialised element by element, so one unknown item (an id still to be
/// created) leaves the others known and shown, as Pulumi's SDKs serialise input lists.
/// </summary>
internal interface IItemwiseList
{
    /// <summary>The items, or null when the list was given as one output.</summary>
    IEnumerable<object>? Items { get; }
}
