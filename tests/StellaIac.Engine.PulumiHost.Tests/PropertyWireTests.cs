using Google.Protobuf.WellKnownTypes;
using StellaIac.Engine.Values;

namespace StellaIac.Engine.PulumiHost.Tests;

public sealed class PropertyWireTests
{
    [Fact]
    public void Secrets_and_unknowns_keep_their_meaning_through_the_wire()
    {
        var properties = PropertyMap.Empty
            .SetItem("password", new PropertyValue("p").WithSecret(true))
            .SetItem("id", PropertyValue.Computed)
            .SetItem("list", PropertyValue.FromArray([new PropertyValue(1), PropertyValue.Null]));

        var wire = PropertyWire.Encode(properties);
        var back = PropertyWire.Decode(wire);

        Assert.Equal(PropertyWire.SecretSignature, wire.Fields["password"].StructValue.Fields[PropertyWire.SignatureKey].StringValue);
        Assert.Equal(PropertyWire.Unknown, wire.Fields["id"].StringValue);
        Assert.Equal(properties["password"], back["password"]);
        Assert.True(back["id"].IsComputed);
        Assert.Equal(properties["list"], back["list"]);
    }

    [Fact]
    public void Typed_unknowns_output_values_and_resource_references_read_as_the_engine_means_them()
    {
        var output = Signed(PropertyWire.OutputValueSignature, ("value", Value.ForString("v")), ("secret", Value.ForBool(true)));
        var reference = Signed(PropertyWire.ResourceReferenceSignature, ("urn", Value.ForString("urn:pulumi:s::p::t::n")), ("id", Value.ForString("42")));
        var component = Signed(PropertyWire.ResourceReferenceSignature, ("urn", Value.ForString("urn:pulumi:s::p::c::n")), ("id", Value.ForString("")));
        var wire = new Struct { Fields = { ["bool"] = Value.ForString("1c4a061d-8072-4f0a-a4cb-0ff528b18fe7"), ["output"] = output, ["ref"] = reference, ["component"] = component } };

        var read = PropertyWire.Decode(wire);

        Assert.True(read["bool"].IsComputed);
        Assert.Equal(new PropertyValue("v").WithSecret(true), read["output"]);
        Assert.Equal(new PropertyValue("42"), read["ref"]);
        Assert.Equal(new PropertyValue("urn:pulumi:s::p::c::n"), read["component"]);
    }

    [Fact]
    public void An_asset_is_an_error_naming_the_property()
    {
        var wire = new Struct { Fields = { ["file"] = Signed("c44067f5952c0a294b673a41bacd8c17", ("path", Value.ForString("a.txt"))) } };

        var error = Assert.Throws<PulumiHostException>(() => PropertyWire.Decode(wire));

        Assert.StartsWith("file: ", error.Message, StringComparison.Ordinal);
    }

    private static Value Signed(string signature, params (string Key, Value Value)[] fields)
    {
        var value = new Struct { Fields = { [PropertyWire.SignatureKey] = Value.ForString(signature) } };
        foreach (var (key, field) in fields)
        {
            value.Fields[key] = field;
        }

        return Value.ForStruct(value);
    }
}
