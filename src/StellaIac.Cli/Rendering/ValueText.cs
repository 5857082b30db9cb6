using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using StellaIac.Engine.Values;

namespace StellaIac.Cli.Rendering;

/// <summary>Property values for people and for JSON: secrets as [secret], unknowns as [unknown]; never a secret's value.</summary>
internal static class ValueText
{
    /// <summary>People read these strings: only quotes, backslashes and control characters are escaped.</summary>
    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Show(PropertyValue? value)
    {
        if (value is null)
        {
            return "(none)";
        }

        if (value.IsSecret)
        {
            return "[secret]";
        }

        return value.Match(
            () => "null",
            b => b ? "true" : "false",
            n => n.ToString("R", CultureInfo.InvariantCulture),
            s => JsonSerializer.Serialize(s, Readable),
            a => "[" + string.Join(", ", a.Select(Show)) + "]",
            m => "{" + string.Join(", ", m.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}: {Show(p.Value)}")) + "}",
            () => "[unknown]");
    }

    public static JsonNode? Json(PropertyValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.IsSecret)
        {
            return JsonValue.Create("[secret]");
        }

        return value.Match<JsonNode?>(
            () => null,
            b => JsonValue.Create(b),
            n => JsonValue.Create(n),
            s => JsonValue.Create(s),
            a => new JsonArray([.. a.Select(Json)]),
            m => Json(m),
            () => JsonValue.Create("[unknown]"));
    }

    public static JsonObject Json(System.Collections.Immutable.ImmutableDictionary<string, PropertyValue> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var result = new JsonObject();
        foreach (var (key, value) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            result[key] = Json(value);
        }

        return result;
    }
}
