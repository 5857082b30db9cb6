using System.Collections.Immutable;
using StellaIac.Engine.Values;

namespace StellaIac.Engine.Providers;

/// <summary>Validate and complete a resource's inputs before anything is sent. Old inputs are empty for a new resource.</summary>
public sealed record CheckRequest(string Urn, string Type, string Name, ImmutableDictionary<string, PropertyValue> OldInputs, ImmutableDictionary<string, PropertyValue> NewInputs);
