using System.Collections.Immutable;
using StellaIac.Engine.Values;

namespace StellaIac.Engine.PulumiHost;

/// <summary>What Construct answers: the component's URN and its outputs (unknown in a preview where they depend on resources still to be created).</summary>
public sealed record ConstructResult(string Urn, ImmutableDictionary<string, PropertyValue> State);
