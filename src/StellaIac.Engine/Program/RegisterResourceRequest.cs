using System.Collections.Immutable;
using StellaIac.Engine.Values;

namespace StellaIac.Engine.Program;

/// <summary>One resource as the program declares it: identity, inputs with their dependencies, and options.</summary>
public sealed record RegisterResourceRequest
{
    public required string Urn { get; init; }

    public required string Type { get; init; }

    public required string Name { get; init; }

    public required bool Custom { get; init; }

    public string? Parent { get; init; }

    public ImmutableDictionary<string, PropertyValue> Inputs { get; init; } = PropertyMap.Empty;

    /// <summary>Every resource this one depends on: through its inputs and through DependsOn.</summary>
    public ImmutableArray<string> Dependencies { get; init; } = [];

    public ImmutableDictionary<string, ImmutableArray<string>> PropertyDependencies { get; init; } = ImmutableDictionary<string, ImmutableArray<string>>.Empty;

    public bool Protect { get; init; }

    public ImmutableArray<string> IgnoreChanges { get; init; } = [];

    public bool DeleteBeforeReplace { get; init; }

    public string? ImportId { get; init; }

    public bool RetainOnDelete { get; init; }
}
