using Google.Protobuf.WellKnownTypes;
using Pulumirpc;

namespace StellaIac.Engine.PulumiHost.Tests;

/// <summary>Reading what the program put on the wire.</summary>
public static class Wire
{
    public const string StackUrn = "urn:pulumi:test::stella-iac::pulumi:pulumi:Stack::stella-iac-test";
    public const string IntegrationUrn = "urn:pulumi:test::stella-iac::stella:index:StellaConnectIntegration::stella";
    public const string WebhookUrn = "urn:pulumi:test::stella-iac::stella:index:StellaConnectIntegration$zendesk:index:Webhook::stella-webhook";
    public const string FieldUrn = "urn:pulumi:test::stella-iac::stella:index:StellaConnectIntegration$zendesk:index:TicketField::stella-do-not-send";

    internal static RegisterResourceRequest Single(IEnumerable<RegisterResourceRequest> registrations, string type)
        => Assert.Single(registrations, r => r.Type == type);

    internal static bool IsSecret(Value value, out Value inner)
    {
        inner = Value.ForNull();
        if (value.KindCase == Value.KindOneofCase.StructValue
            && value.StructValue.Fields.TryGetValue(PropertyWire.SignatureKey, out var signature)
            && signature.StringValue == PropertyWire.SecretSignature)
        {
            inner = value.StructValue.Fields["value"];
            return true;
        }

        return false;
    }

    /// <summary>The value as JSON with every secret's content left out: what may be shown or stored in plain text.</summary>
    internal static string Plain(Struct? map) => map is null ? "" : PlainValue(Value.ForStruct(map)).ToString();

    private static Value PlainValue(Value value)
    {
        if (IsSecret(value, out _))
        {
            return Value.ForString("[secret]");
        }

        return value.KindCase switch
        {
            Value.KindOneofCase.ListValue => Value.ForList([.. value.ListValue.Values.Select(PlainValue)]),
            Value.KindOneofCase.StructValue => Value.ForStruct(PlainStruct(value.StructValue)),
            _ => value,
        };
    }

    private static Struct PlainStruct(Struct map)
    {
        var plain = new Struct();
        foreach (var (key, value) in map.Fields)
        {
            plain.Fields[key] = PlainValue(value);
        }

        return plain;
    }
}
