using System.Collections.Immutable;
using StellaIac.Engine.Deploy;
using StellaIac.Engine.Values;

namespace StellaIac.Engine.Providers;

/// <summary>The inputs with defaults applied, and the failures (data, not exceptions).</summary>
public sealed record CheckResponse
{
    public ImmutableDictionary<string, PropertyValue> Inputs { get; init; } = PropertyMap.Empty;

    public IReadOnlyList<Diagnostic> Failures { get; init; } = [];
}
