using System.Collections.Immutable;
using StellaIac.Engine.Values;

namespace StellaIac.Engine.Testing;

/// <summary>Mocks that give each custom resource the id "&lt;name&gt;-id" and echo its inputs as outputs.</summary>
public sealed class EchoMocks : IMocks
{
    public Task<(string? Id, ImmutableDictionary<string, PropertyValue> Outputs)> NewResourceAsync(MockResourceArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return Task.FromResult<(string?, ImmutableDictionary<string, PropertyValue>)>((args.Custom ? $"{args.Name}-id" : null, args.Inputs));
    }
}
