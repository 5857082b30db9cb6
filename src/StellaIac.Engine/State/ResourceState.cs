using System.Collections.Immutable;
using StellaIac.Engine.Values;

namespace StellaIac.Engine.State;

/// <summary>One resource in a checkpoint, as Pulumi's ResourceV3.</summary>
public sealed record ResourceState
{
    public required string Urn { get; init; }

    public required string Type { get; init; }

    public required bool Custom { get; init; }

    public string? Id { get; init; }

    public ImmutableDictionary<string, PropertyValue> Inputs { get; init; } = PropertyMap.Empty;

    public ImmutableDictionary<string, PropertyValue> Outputs { get; init; } = PropertyMap.Empty;

    public string? Parent { get; init; }

    public ImmutableArray<string> Dependencies { get; init; } = [];

    public ImmutableDictionary<string, ImmutableArray<string>> PropertyDependencies { get; init; } = ImmutableDictionary<string, ImmutableArray<string>>.Empty;

    /// <summary>The provider reference <c>&lt;provider urn&gt;::&lt;provider id&gt;</c>.</summary>
    public string? Provider { get; init; }

    public bool Protect { get; init; }

    public bool RetainOnDelete { get; init; }

    public string? ImportId { get; init; }

    public ImmutableArray<string> IgnoreChanges { get; init; } = [];

    /// <summary>A replaced resource whose delete is still owed.</summary>
    public bool Delete { get; init; }

    public DateTimeOffset? Created { get; init; }

    public DateTimeOffset? Modified { get; init; }
}
