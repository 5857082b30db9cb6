using System.Collections.Immutable;

namespace StellaIac.Engine.Values;

/// <summary>Helpers for the property maps resources carry as inputs and outputs.</summary>
public static class PropertyMap
{
    public static ImmutableDictionary<string, PropertyValue> Empty { get; } = ImmutableDictionary<string, PropertyValue>.Empty.WithComparers(StringComparer.Ordinal);

    public static PropertyValue Get(this ImmutableDictionary<string, PropertyValue> map, string key)
        => map.TryGetValue(key, out var value) ? value : PropertyValue.Null;

    public static string? GetString(this ImmutableDictionary<string, PropertyValue> map, string key)
        => map.TryGetValue(key, out var value) && value.TryGetString(out var text) ? text : null;
}
