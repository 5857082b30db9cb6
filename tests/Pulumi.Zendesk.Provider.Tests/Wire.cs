using Google.Protobuf.WellKnownTypes;

namespace Pulumi.Zendesk.Provider.Tests;

/// <summary>Pulumi's wire values, written out as the engine sends them (not through the plugin's own code).</summary>
public static class Wire
{
    public const string Signature = "4dabf18193072939515e22adb298388d";
    public const string SecretSig = "1b47061264138c4ac30d75fd1eb44270";
    public const string Unknown = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

    public static Struct Of(params (string Key, Value Value)[] fields)
    {
        var message = new Struct();
        foreach (var (key, value) in fields)
        {
            message.Fields[key] = value;
        }

        return message;
    }

    public static Value S(string text) => Value.ForString(text);

    public static Value Obj(params (string Key, Value Value)[] fields) => Value.ForStruct(Of(fields));

    public static Value List(params Value[] items) => Value.ForList(items);

    public static Value Secret(Value value) => Obj((Signature, S(SecretSig)), ("value", value));

    public static bool IsSecret(Value value) => value.StructValue?.Fields.TryGetValue(Signature, out var sig) == true && sig.StringValue == SecretSig;

    public static Value Unwrap(Value value) => IsSecret(value) ? value.StructValue.Fields["value"] : value;

    public static bool IsUnknown(Value value) => value.KindCase == Value.KindOneofCase.StringValue && value.StringValue == Unknown;
}
