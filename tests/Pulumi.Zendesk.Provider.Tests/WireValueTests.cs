using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;

namespace Pulumi.Zendesk.Provider.Tests;

/// <summary>
/// The plugin reads Pulumi's special values with the backend's one codec (PropertyWire): a resource reference
/// stands for the resource's id, and an asset, which no Zendesk property holds, is INVALID_ARGUMENT naming the property.
/// </summary>
public sealed class WireValueTests(PluginFixture fixture) : IClassFixture<PluginFixture>
{
    private const string Urn = "urn:pulumi:dev::stella::zendesk:index:TriggerCategory::stella";

    [Fact]
    public async Task An_asset_is_INVALID_ARGUMENT_naming_the_property()
    {
        var asset = Wire.Obj((Wire.Signature, Wire.S("c44067f5952c0a294b673a41bacd8c17")), ("path", Wire.S("payload.json")));

        var error = await Assert.ThrowsAsync<RpcException>(async () => await fixture.Client.CheckAsync(new CheckRequest { Urn = Urn, Type = "zendesk:index:TriggerCategory", News = Wire.Of(("name", asset)) }));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.StartsWith("name: ", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_resource_reference_stands_for_the_resources_id()
    {
        var reference = Wire.Obj(
            (Wire.Signature, Wire.S("5cf8f73096256a8f31e491e813e4eb8e")),
            ("urn", Wire.S("urn:pulumi:dev::stella::zendesk:index:TriggerCategory::other")),
            ("id", Wire.S("Stella Connect")));

        var response = await fixture.Client.CheckAsync(new CheckRequest { Urn = Urn, Type = "zendesk:index:TriggerCategory", News = Wire.Of(("name", reference)) });

        Assert.Empty(response.Failures);
        Assert.Equal(Value.ForString("Stella Connect"), response.Inputs.Fields["name"]);
    }
}
