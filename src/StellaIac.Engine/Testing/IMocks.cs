using System.Collections.Immutable;
using StellaIac.Engine.Values;

namespace StellaIac.Engine.Testing;

/// <summary>Answers registrations in unit tests, as Pulumi.Testing's IMocks: an id and the outputs for each resource.</summary>
public interface IMocks
{
    Task<(string? Id, ImmutableDictionary<string, PropertyValue> Outputs)> NewResourceAsync(MockResourceArgs args);
}
