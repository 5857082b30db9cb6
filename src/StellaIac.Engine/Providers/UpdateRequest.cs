using System.Collections.Immutable;
using StellaIac.Engine.Values;

namespace StellaIac.Engine.Providers;

/// <summary>Change the object in place; in a preview, only say what the outputs will be.</summary>
public sealed record UpdateRequest(string Urn, string Type, string Id, ImmutableDictionary<string, PropertyValue> OldInputs, ImmutableDictionary<string, PropertyValue> OldOutputs, ImmutableDictionary<string, PropertyValue> NewInputs, ImmutableArray<string> IgnoreChanges, bool Preview);
