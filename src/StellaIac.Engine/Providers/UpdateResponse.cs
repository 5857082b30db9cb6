using System.Collections.Immutable;
using StellaIac.Engine.Values;

namespace StellaIac.Engine.Providers;

/// <summary>The outputs after the update.</summary>
public sealed record UpdateResponse(ImmutableDictionary<string, PropertyValue> Outputs);
