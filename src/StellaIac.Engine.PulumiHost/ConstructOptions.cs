using System.Collections.Immutable;

namespace StellaIac.Engine.PulumiHost;

/// <summary>
/// The resource options a Construct request gives the component (Pulumi's <c>ConstructRequest</c>): the component
/// registers with all of them; its children get the provider of their package and the protection, as Pulumi's SDKs
/// pass those from a parent to its children, and the dependencies of the inputs that flow into them.
/// </summary>
public sealed record ConstructOptions
{
    /// <summary>URNs the component depends on (dependsOn).</summary>
    public ImmutableArray<string> Dependencies { get; init; } = [];

    /// <summary>The URNs each input depends on (inputDependencies).</summary>
    public ImmutableDictionary<string, ImmutableArray<string>> InputDependencies { get; init; } = ImmutableDictionary<string, ImmutableArray<string>>.Empty;

    /// <summary>Package name to provider reference (<c>urn::id</c>): the provider a child of that package uses.</summary>
    public ImmutableDictionary<string, string> Providers { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Unset: the caller left it to the default.</summary>
    public bool? Protect { get; init; }

    /// <summary>URNs the component had before (its alias URNs).</summary>
    public ImmutableArray<string> Aliases { get; init; } = [];

    public ImmutableArray<string> AdditionalSecretOutputs { get; init; } = [];

    /// <summary>Create, update and delete timeouts as Pulumi writes them (<c>5m</c>); empty for the default.</summary>
    public (string Create, string Update, string Delete) CustomTimeouts { get; init; } = ("", "", "");

    /// <summary>The URN of the resource whose deletion deletes this one; empty for none.</summary>
    public string DeletedWith { get; init; } = "";

    public bool? DeleteBeforeReplace { get; init; }

    public ImmutableArray<string> IgnoreChanges { get; init; } = [];

    public ImmutableArray<string> ReplaceOnChanges { get; init; } = [];

    public bool? RetainOnDelete { get; init; }

    /// <summary>Where each input's value goes: which children's properties, and which of the component's outputs.</summary>
    public ImmutableArray<InputFlow> InputFlows { get; init; } = [];
}
