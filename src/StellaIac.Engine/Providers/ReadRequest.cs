using System.Collections.Immutable;
using StellaIac.Engine.Values;

namespace StellaIac.Engine.Providers;

/// <summary>Read the object as it stands (refresh, import). Inputs and outputs are empty for an import.</summary>
public sealed record ReadRequest(string Urn, string Type, string Id, ImmutableDictionary<string, PropertyValue> Inputs, ImmutableDictionary<string, PropertyValue> Outputs);
