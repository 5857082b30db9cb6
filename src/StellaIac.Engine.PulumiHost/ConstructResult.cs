using System.Collections.Immutable;
using StellaIac.Engine.Values;

namespace StellaIac.Engine.PulumiHost;

/// <summary>
/// What Construct answers: the component's URN, its outputs (unknown in a preview where they depend on resources
/// still to be created), and for each output the URNs it depends on: the children it came from and the
/// dependencies of the inputs that flow into it.
/// </summary>
public sealed record ConstructResult(string Urn, ImmutableDictionary<string, PropertyValue> State, ImmutableDictionary<string, ImmutableArray<string>> StateDependencies);
