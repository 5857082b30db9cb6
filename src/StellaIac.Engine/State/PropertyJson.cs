using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using StellaIac.Engine.Secrets;
using StellaIac.Engine.Values;

namespace StellaIac.Engine.State;

/// <summary>
/// Property values in Pulumi's state encoding: plain JSON; unknowns as the unknown-string sentinel; secrets
/// as <c>{"4dabf1…": "1b4706…", "ciphertext": …}</c> holding the encrypted JSON of the value.
/// </summary>
public static class PropertyJson
{
    public const string SignatureKey = "4dabf18193072939515e22adb298388d";
    public const string SecretSignature = "1b47061264138c4ac30d75fd1eb44270";
    public const string UnknownString = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

    /// <summary>All seven of Pulumi's unknown sentinels read as unknown.</summary>
    private static readonly HashSet<string> UnknownSentinels =
    [
        UnknownString,
        "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7",
        "3eeb2bf0-c639-47a8-9e75-3b44932eb421",
        "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2",
        "030794c1-ac77-496b-92df-f27374a8bd58",
        "e48ece36-62e2-4504-bad9-02848725956a",
        "dd056dcd-154b-4c76-9bd3-c8f88648b5ff",
    ];

    public static JsonNode? ToJson(PropertyValue value, Func<ISecretCrypter>? crypter)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.IsSecret)
        {
            if (crypter is null)
            {
                throw new InvalidOperationException("A secret cannot be written without a secrets provider.");
            }

            var plain = Plain(value.WithSecret(false), crypter)?.ToJsonString() ?? "null";
            return new JsonObject { [SignatureKey] = SecretSignature, ["ciphertext"] = crypter().Encrypt(plain) };
        }

        return Plain(value, crypter);
    }

    public static JsonObject ToJson(ImmutableDictionary<string, PropertyValue> map, Func<ISecretCrypter>? crypter)
    {
        var result = new JsonObject();
        foreach (var (key, value) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            result[key] = ToJson(value, crypter);
        }

        return result;
    }

    public static PropertyValue FromJson(JsonNode? node, Func<ISecretCrypter>? crypter)
    {
        switch (node)
        {
            case null:
                return PropertyValue.Null;
            case JsonObject obj when obj[SignatureKey] is JsonValue sig && sig.GetValueKind() == JsonValueKind.String:
                if (sig.GetValue<string>() != SecretSignature)
                {
                    throw new FormatException($"The state holds a value of a kind the engine does not read (signature {sig.GetValue<string>()}).");
                }

                var text = obj["plaintext"] is JsonValue plaintext
                    ? plaintext.GetValue<string>()
                    : (crypter ?? throw new InvalidOperationException("The state holds secrets and no passphrase was given.")).Invoke().Decrypt(obj["ciphertext"]!.GetValue<string>());
                return FromJson(JsonNode.Parse(text), crypter).WithSecret(true);
            case JsonObject obj:
                return new PropertyValue(PropertyMap.Empty.SetItems(obj.Select(p => new KeyValuePair<string, PropertyValue>(p.Key, FromJson(p.Value, crypter)))));
            case JsonArray array:
                return new PropertyValue([.. array.Select(i => FromJson(i, crypter))]);
            case JsonValue scalar:
                return scalar.GetValueKind() switch
                {
                    JsonValueKind.String when UnknownSentinels.Contains(scalar.GetValue<string>()) => PropertyValue.Computed,
                    JsonValueKind.String => new PropertyValue(scalar.GetValue<string>()),
                    JsonValueKind.True => new PropertyValue(true),
                    JsonValueKind.False => new PropertyValue(false),
                    JsonValueKind.Number => new PropertyValue(double.Parse(scalar.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture)),
                    _ => PropertyValue.Null,
                };
            default:
                return PropertyValue.Null;
        }
    }

    private static JsonNode? Plain(PropertyValue value, Func<ISecretCrypter>? crypter) => value.Match<JsonNode?>(
        () => null,
        b => JsonValue.Create(b),
        n => n % 1 == 0 && Math.Abs(n) < 1e15 ? JsonValue.Create((long)n) : JsonValue.Create(n),
        s => JsonValue.Create(s),
        a => new JsonArray([.. a.Select(i => ToJson(i, crypter))]),
        m => ToJson(m, crypter),
        () => JsonValue.Create(UnknownString));
}
