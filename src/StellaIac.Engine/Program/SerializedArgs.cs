using System.Collections.Immutable;
using StellaIac.Engine.Values;

namespace StellaIac.Engine.Program;

/// <summary>Resolved inputs and, per property, the resources they came from.</summary>
internal sealed record SerializedArgs(ImmutableDictionary<string, PropertyValue> Inputs, ImmutableDictionary<string, ImmutableHashSet<Resource>> Dependencies);
