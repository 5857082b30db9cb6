using System.Collections.Immutable;
using StellaIac.Engine.Values;

namespace StellaIac.Engine.Providers;

/// <summary>Delete the object; an object already gone is not an error.</summary>
public sealed record DeleteRequest(string Urn, string Type, string Id, ImmutableDictionary<string, PropertyValue> Inputs, ImmutableDictionary<string, PropertyValue> Outputs);
