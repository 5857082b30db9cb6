using System.Collections.Immutable;
using StellaIac.Engine.Values;

namespace StellaIac.Engine.Providers;

/// <summary>Create the object; in a preview, only say what the outputs will be (unknown where unknown).</summary>
public sealed record CreateRequest(string Urn, string Type, string Name, ImmutableDictionary<string, PropertyValue> Inputs, bool Preview);
