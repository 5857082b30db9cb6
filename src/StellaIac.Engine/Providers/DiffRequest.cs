using System.Collections.Immutable;
using StellaIac.Engine.Values;

namespace StellaIac.Engine.Providers;

/// <summary>Compare what the state holds with what the program now wants.</summary>
public sealed record DiffRequest(string Urn, string Type, string Id, ImmutableDictionary<string, PropertyValue> OldInputs, ImmutableDictionary<string, PropertyValue> OldOutputs, ImmutableDictionary<string, PropertyValue> NewInputs, ImmutableArray<string> IgnoreChanges);
