using System.Collections.Immutable;
using StellaIac.Engine.Values;

namespace StellaIac.Engine.Program;

/// <summary>What a registration gives back: the id (custom resources) and the outputs, some unknown in a preview.</summary>
public sealed record RegisterResourceResult(string Urn, PropertyValue Id, ImmutableDictionary<string, PropertyValue> Outputs);
