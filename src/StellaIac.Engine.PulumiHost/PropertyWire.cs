using System.Collections.Immutable;
using Google.Protobuf.WellKnownTypes;
using StellaIac.Engine.Values;

namespace StellaIac.Engine.PulumiHost;

/// <summary>
/// Property values as Pulumi puts them on the wire (google.protobuf.Struct): a secret is an object
/// holding the secret signature and the value; an unknown is a sentinel string. Reading accepts every
/// unknown sentinel, output values, and resource references (which stand for their id, or their URN).
/// </summary>
public static class PropertyWire
{
    public const string SignatureKey = "4dabf18193072939515e22adb298388d";
    public const string SecretSignature = "1b47061264138c4ac30d75fd1eb44270";
    public const string ResourceReferenceSignature = "5cf8f73096256a8f31e491e813e4eb8e";
    public const string OutputValueSignature = "d0e6a833031e9bbcd3f4e8bde6ca49a4";
    public const string Unknown = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

    /// <summary>The engine may pick the unknown sentinel by the value's type (bool, number, array ...); each means "not known yet".</summary>
    private static readonly ImmutableHashSet<string> UnknownSentinels =
    [
        Unknown, "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7", "3eeb2bf0-c639-47a8-9e75-3b44932eb421", "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2",
        "030794c1-ac77-496b-92df-f27374a8bd58", "e48ece36-62e2-4504-bad9-02848725956a", "dd056dcd-154b-4c76-9bd3-c8f88648b5ff",
    ];

    public static bool IsUnknown(string text) => UnknownSentinels.Contains(text);

    public static Struct Encode(IEnumerable<KeyValuePair<string, PropertyValue>> properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        var result = new Struct();
        foreach (var (key, value) in properties)
        {
            result.Fields[key] = Encode(value);
        }

        return result;
    }

    public static Value Encode(PropertyValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.IsSecret)
        {
            var secret = new Struct();
            secret.Fields[SignatureKey] = Value.ForString(SecretSignature);
            secret.Fields["value"] = Encode(value.WithSecret(false));
            return Value.ForStruct(secret);
        }

        return value.Match(
            Value.ForNull,
            Value.ForBool,
            Value.ForNumber,
            Value.ForString,
            items => Value.ForList([.. items.Select(Encode)]),
            map => Value.ForStruct(Encode(map)),
            () => Value.ForString(Unknown));
    }

    public static ImmutableDictionary<string, PropertyValue> Decode(Struct? properties)
        => properties is null
            ? PropertyMap.Empty
            : PropertyMap.Empty.SetItems(properties.Fields.Select(f => KeyValuePair.Create(f.Key, Decode(f.Value, f.Key))));

    private static PropertyValue Decode(Value value, string path) => value.KindCase switch
    {
        Value.KindOneofCase.BoolValue => value.BoolValue,
        Value.KindOneofCase.NumberValue => value.NumberValue,
        Value.KindOneofCase.StringValue => IsUnknown(value.StringValue) ? PropertyValue.Computed : value.StringValue,
        Value.KindOneofCase.ListValue => PropertyValue.FromArray(value.ListValue.Values.Select((item, i) => Decode(item, $"{path}[{i}]"))),
        Value.KindOneofCase.StructValue => DecodeObject(value.StructValue, path),
        _ => PropertyValue.Null,
    };

    private static PropertyValue DecodeObject(Struct value, string path)
    {
        if (!value.Fields.TryGetValue(SignatureKey, out var signature))
        {
            return PropertyValue.FromMap(value.Fields.Select(f => KeyValuePair.Create(f.Key, Decode(f.Value, $"{path}.{f.Key}"))));
        }

        PropertyValue Field(string name) => value.Fields.TryGetValue(name, out var field) ? Decode(field, path) : PropertyValue.Computed;
        return signature.StringValue switch
        {
            SecretSignature => Field("value").WithSecret(true),
            OutputValueSignature => Field("value").WithSecret(value.Fields.TryGetValue("secret", out var secret) && secret.BoolValue),
            ResourceReferenceSignature => value.Fields.TryGetValue("id", out var id) && id.StringValue is { Length: > 0 } ? Decode(id, path) : Field("urn"),
            _ => throw new PulumiHostException($"{path}: the engine sent a value with signature {signature.StringValue} (an asset or archive), which no StellaIac resource has."),
        };
    }
}
