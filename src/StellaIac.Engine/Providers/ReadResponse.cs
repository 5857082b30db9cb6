using System.Collections.Immutable;
using StellaIac.Engine.Values;

namespace StellaIac.Engine.Providers;

/// <summary>The object as read: a null <see cref="Id"/> means it is gone.</summary>
public sealed record ReadResponse(string? Id, ImmutableDictionary<string, PropertyValue> Inputs, ImmutableDictionary<string, PropertyValue> Outputs)
{
    public static ReadResponse Gone { get; } = new(null, PropertyMap.Empty, PropertyMap.Empty);
}
