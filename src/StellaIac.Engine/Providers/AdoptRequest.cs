using System.Collections.Immutable;
using StellaIac.Engine.Values;

namespace StellaIac.Engine.Providers;

/// <summary>Before a create: is there already an object this resource should adopt (by its natural key)?</summary>
public sealed record AdoptRequest(string Urn, string Type, string Name, ImmutableDictionary<string, PropertyValue> Inputs);
