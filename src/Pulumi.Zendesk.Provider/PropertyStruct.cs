using System.Collections.Immutable;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using StellaIac.Engine.Values;

namespace Pulumi.Zendesk.Provider;

/// <summary>
/// Between Pulumi's wire values (google.protobuf.Struct with its signature-keyed wrappers) and the engine's
/// <see cref="PropertyValue"/>: secrets keep their mark both ways, unknowns become
/// <see cref="PropertyValue.Computed"/> and back, a resource reference becomes the referenced id.
/// </summary>
internal static class PropertyStruct
{
    public const string SignatureKey = "4dabf18193072939515e22adb298388d";
    public const string SecretSignature = "1b47061264138c4ac30d75fd1eb44270";
    public const string ResourceReferenceSignature = "5cf8f73096256a8f31e491e813e4eb8e";
    public const string OutputValueSignature = "d0e6a833031e9bbcd3f4e8bde6ca49a4";
    public const string UnknownString = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

    /// <summary>The engine picks the unknown by the value's type; all of them mean "not known yet".</summary>
    private static readonly HashSet<string> Unknowns =
    [
        UnknownString, "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7", "3eeb2bf0-c639-47a8-9e75-3b44932eb421", "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2",
        "030794c1-ac77-496b-92df-f27374a8bd58", "e48ece36-62e2-4504-bad9-02848725956a", "dd056dcd-154b-4c76-9bd3-c8f88648b5ff",
    ];

    public static ImmutableDictionary<string, PropertyValue> ToMap(Struct? message)
        => message is null ? PropertyMap.Empty : PropertyMap.Empty.SetItems(message.Fields.Select(f => KeyValuePair.Create(f.Key, ToValue(f.Value, f.Key))));

    public static Struct ToStruct(IEnumerable<KeyValuePair<string, PropertyValue>> map)
    {
        var message = new Struct();
        foreach (var (key, value) in map)
        {
            message.Fields[key] = ToWire(value);
        }

        return message;
    }

    public static Value ToWire(PropertyValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.IsSecret)
        {
            var wrapper = new Struct();
            wrapper.Fields[SignatureKey] = Value.ForString(SecretSignature);
            wrapper.Fields["value"] = ToWire(value.WithSecret(false));
            return Value.ForStruct(wrapper);
        }

        return value.Match(
            Value.ForNull,
            Value.ForBool,
            Value.ForNumber,
            Value.ForString,
            items => Value.ForList([.. items.Select(ToWire)]),
            map => Value.ForStruct(ToStruct(map)),
            () => Value.ForString(UnknownString));
    }

    private static PropertyValue ToValue(Value value, string path) => value.KindCase switch
    {
        Value.KindOneofCase.None or Value.KindOneofCase.NullValue => PropertyValue.Null,
        Value.KindOneofCase.BoolValue => value.BoolValue,
        Value.KindOneofCase.NumberValue => value.NumberValue,
        Value.KindOneofCase.StringValue => Unknowns.Contains(value.StringValue) ? PropertyValue.Computed : value.StringValue,
        Value.KindOneofCase.ListValue => PropertyValue.FromArray(value.ListValue.Values.Select((v, i) => ToValue(v, $"{path}[{i}]"))),
        _ => FromStruct(value.StructValue, path),
    };

    private static PropertyValue FromStruct(Struct message, string path)
    {
        if (!message.Fields.TryGetValue(SignatureKey, out var signature))
        {
            return PropertyValue.FromMap(message.Fields.Select(f => KeyValuePair.Create(f.Key, ToValue(f.Value, $"{path}.{f.Key}"))));
        }

        var inner = message.Fields.TryGetValue("value", out var wrapped) ? ToValue(wrapped, path) : PropertyValue.Computed;
        return signature.StringValue switch
        {
            SecretSignature => inner.WithSecret(true),
            OutputValueSignature => inner.WithSecret(message.Fields.TryGetValue("secret", out var secret) && secret.BoolValue),
            // A reference to a custom resource stands for its id (Zendesk properties hold ids); unknown until it exists.
            ResourceReferenceSignature => message.Fields.TryGetValue("id", out var id) ? ToValue(id, path) : PropertyValue.Computed,
            _ => throw new RpcException(new Status(StatusCode.InvalidArgument, $"{path}: assets, archives and other special values are not Zendesk properties (signature {signature.StringValue}).")),
        };
    }
}
