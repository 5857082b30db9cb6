using System.Collections.Immutable;
using StellaIac.Engine.Values;

namespace StellaIac.Engine.Program;

/// <summary>The resources a program declared, its stack outputs, and every failure (a registration, a dependency, the program itself).</summary>
public sealed record ProgramResult(IReadOnlyList<Resource> Resources, ImmutableDictionary<string, PropertyValue> Outputs, IReadOnlyList<Exception> Failures)
{
    /// <summary>The URNs of the resources each of a Construct's outputs came from (what Pulumi calls its state dependencies); empty for a program.</summary>
    public ImmutableDictionary<string, ImmutableArray<string>> OutputDependencies { get; init; } = ImmutableDictionary<string, ImmutableArray<string>>.Empty;
}
