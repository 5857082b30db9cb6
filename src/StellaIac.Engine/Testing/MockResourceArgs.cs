using System.Collections.Immutable;
using StellaIac.Engine.Values;

namespace StellaIac.Engine.Testing;

/// <summary>One registration as a mock sees it.</summary>
public sealed record MockResourceArgs(string Type, string Name, string Urn, bool Custom, ImmutableDictionary<string, PropertyValue> Inputs, string? ImportId);
