using System.Collections.Immutable;

namespace StellaIac.Engine.Program;

/// <summary>What an output resolves to: a value (when known), whether it is secret, and the resources it came from.</summary>
internal sealed record OutputData<T>(T Value, bool IsKnown, bool IsSecret, ImmutableHashSet<Resource> Resources)
{
    public static OutputData<T> Known(T value, bool secret = false) => new(value, true, secret, []);

    public static OutputData<T> Unknown(bool secret, ImmutableHashSet<Resource> resources) => new(default!, false, secret, resources);
}
