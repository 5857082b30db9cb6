using StellaIac.Engine.Program;

namespace StellaIac.Engine.Tests;

public sealed class ThingArgs : ResourceArgs
{
    [Input("name", required: true)]
    public Input<string>? Name { get; init; }

    [Input("size")]
    public Input<int>? Size { get; init; }

    /// <summary>Changing it replaces the thing.</summary>
    [Input("kind")]
    public Input<string>? Kind { get; init; }

    [Input("tags")]
    public InputList<string>? Tags { get; init; }

    [Input("password")]
    public Input<string>? Password { get; init; }

    [Input("peer")]
    public Input<string>? Peer { get; init; }
}

/// <summary>A resource the in-memory provider manages.</summary>
public sealed class Thing(string name, ThingArgs args, CustomResourceOptions? options = null)
    : CustomResource("test:index:Thing", name, args, options)
{
    [Output("label")]
    public Output<string> Label { get; private set; } = null!;

    [Output("name")]
    public Output<string> ThingName { get; private set; } = null!;
}

/// <summary>A component grouping things.</summary>
public sealed class Group : ComponentResource
{
    public Group(string name, int members, ComponentResourceOptions? options = null)
        : base("test:index:Group", name, options)
    {
        Members = [.. Enumerable.Range(1, members).Select(i => new Thing($"{name}-{i}", new ThingArgs { Name = $"{name}-{i}" }, new CustomResourceOptions { Parent = this }))];
        RegisterOutputs(new Dictionary<string, object?> { ["count"] = members });
    }

    public IReadOnlyList<Thing> Members { get; }
}

/// <summary>A component recording an input of its own that its member also takes (as the Stella integration does with its key).</summary>
public sealed class CheckedGroup : ComponentResource
{
    public CheckedGroup(string name, Input<string> check)
        : base("test:index:CheckedGroup", name, new ThingArgs { Name = check })
    {
        Member = new Thing($"{name}-member", new ThingArgs { Name = check }, new CustomResourceOptions { Parent = this });
        RegisterOutputs(new Dictionary<string, object?> { ["label"] = Member.Label });
    }

    public Thing Member { get; }
}
