using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace StellaIac.Zendesk.Emulator.Account;

/// <summary>Zendesk accepts numeric ids as numbers or strings; so does the emulator.</summary>
internal static class Ids
{
    public static long? Parse(JsonNode? node) => node switch
    {
        JsonValue value when value.GetValueKind() == JsonValueKind.Number => value.GetValue<long>(),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => Parse(value.GetValue<string>()),
        _ => null,
    };

    public static long? Parse(string? text)
        => long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    public static string Text(long id) => id.ToString(CultureInfo.InvariantCulture);
}
