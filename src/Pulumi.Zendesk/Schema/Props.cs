using System.Collections.Immutable;
using System.Globalization;
using StellaIac.Engine.Values;

namespace Pulumi.Zendesk.Schema;

/// <summary>Reading and building the property maps a provider receives and returns.</summary>
internal static class Props
{
    public static string? String(ImmutableDictionary<string, PropertyValue> map, string key)
        => map.TryGetValue(key, out var value) ? Text(value) : null;

    public static bool? Bool(ImmutableDictionary<string, PropertyValue> map, string key)
        => map.TryGetValue(key, out var value) ? value.TryGetBool(out var b) ? b : Text(value) is { } t && bool.TryParse(t, out b) ? b : null : null;

    public static int? Int(ImmutableDictionary<string, PropertyValue> map, string key)
        => map.TryGetValue(key, out var value) && value.TryGetNumber(out var n) ? (int)n : null;

    public static ImmutableArray<PropertyValue> List(ImmutableDictionary<string, PropertyValue> map, string key)
        => map.TryGetValue(key, out var value) && value.TryGetArray(out var items) ? items : [];

    public static ImmutableDictionary<string, PropertyValue> Map(ImmutableDictionary<string, PropertyValue> map, string key)
        => map.TryGetValue(key, out var value) && value.TryGetMap(out var inner) ? inner : PropertyMap.Empty;

    public static bool IsUnknown(ImmutableDictionary<string, PropertyValue> map, string key)
        => map.TryGetValue(key, out var value) && value.ContainsUnknowns;

    /// <summary>A scalar as Zendesk compares it: text (numbers in their shortest form, booleans as true/false).</summary>
    public static string? Text(PropertyValue value) => value.Match<string?>(
        () => null,
        b => b ? "true" : "false",
        n => n.ToString("R", CultureInfo.InvariantCulture),
        s => s,
        _ => null,
        _ => null,
        () => null);

    public static PropertyValue Strings(IEnumerable<string> items) => PropertyValue.FromArray(items.Select(i => new PropertyValue(i)));

    public static ImmutableDictionary<string, PropertyValue> With(this ImmutableDictionary<string, PropertyValue> map, string key, string? value)
        => value is null ? map.Remove(key) : map.SetItem(key, value);

    public static ImmutableDictionary<string, PropertyValue> With(this ImmutableDictionary<string, PropertyValue> map, string key, bool value)
        => map.SetItem(key, value);

    public static ImmutableDictionary<string, PropertyValue> With(this ImmutableDictionary<string, PropertyValue> map, string key, PropertyValue value)
        => map.SetItem(key, value);
}
