using System.Text.Json.Nodes;
using Grpc.Core;
using Pulumirpc;

namespace Pulumi.Zendesk.Provider.Tests;

/// <summary>Invoke: what a Pulumi program can look up in the account.</summary>
public sealed class FunctionTests(PluginFixture fixture) : IClassFixture<PluginFixture>
{
    [Fact]
    public async Task A_brand_by_name_and_a_missing_brand_as_a_failure()
    {
        var brand = await InvokeAsync("zendesk:index:getBrand", Wire.Of(("name", Wire.S("emulator"))));
        var missing = await InvokeAsync("zendesk:index:getBrand", Wire.Of(("name", Wire.S("Nope"))));

        Assert.Empty(brand.Failures);
        Assert.Equal("Emulator", brand.Return.Fields["name"].StringValue);
        Assert.Matches("^[0-9]+$", brand.Return.Fields["id"].StringValue);
        Assert.True(brand.Return.Fields["default"].BoolValue);
        Assert.Equal(("name", "the account has no brand named 'Nope'"), (Assert.Single(missing.Failures).Property, missing.Failures[0].Reason));
    }

    [Fact]
    public async Task A_ticket_field_by_title()
    {
        await fixture.Control.SeedAsync(new JsonObject { ["ticket_fields"] = new JsonArray(new JsonObject { ["id"] = 4242, ["type"] = "checkbox", ["title"] = "Do not Send Stella Connect Survey", ["tag"] = "no_stella" }) });

        var field = await InvokeAsync("zendesk:index:getTicketField", Wire.Of(("title", Wire.S("Do not Send Stella Connect Survey"))));
        var untitled = await InvokeAsync("zendesk:index:getTicketField", Wire.Of());

        Assert.Equal(("4242", "checkbox", "no_stella"), (field.Return.Fields["id"].StringValue, field.Return.Fields["type"].StringValue, field.Return.Fields["tag"].StringValue));
        Assert.Equal("title", Assert.Single(untitled.Failures).Property);
    }

    [Fact]
    public async Task The_default_CSAT_automation()
    {
        var automation = await InvokeAsync("zendesk:index:getDefaultCsatAutomation", Wire.Of());

        Assert.Empty(automation.Failures);
        Assert.Equal("Request customer satisfaction rating (System Automation)", automation.Return.Fields["title"].StringValue);
        Assert.True(automation.Return.Fields["active"].BoolValue);
    }

    [Fact]
    public async Task Legacy_targets_at_Stella_with_the_triggers_that_notify_them()
    {
        await fixture.Control.SeedAsync(new JsonObject
        {
            ["targets"] = new JsonArray(new JsonObject { ["id"] = 777, ["type"] = "http_target", ["title"] = "Stella Connect", ["target_url"] = "https://api.stellaconnect.net/v1/auth", ["method"] = "post" }),
            ["triggers"] = new JsonArray(new JsonObject
            {
                ["id"] = 888,
                ["title"] = "Stella Connect Email",
                ["conditions"] = new JsonObject { ["all"] = new JsonArray(new JsonObject { ["field"] = "status", ["operator"] = "value", ["value"] = "solved" }), ["any"] = new JsonArray() },
                ["actions"] = new JsonArray(new JsonObject { ["field"] = "notification_target", ["value"] = new JsonArray(777, "{}") }),
            }),
        });

        var found = await InvokeAsync("zendesk:index:getLegacyTargets", Wire.Of(("endpoint", Wire.S("https://api.stellaconnect.net/v1/auth"))));
        var none = await InvokeAsync("zendesk:index:getLegacyTargets", Wire.Of(("endpoint", Wire.S("https://example.com/elsewhere"))));

        var target = Assert.Single(found.Return.Fields["targets"].ListValue.Values).StructValue.Fields;
        Assert.Equal(("777", "http_target"), (target["id"].StringValue, target["type"].StringValue));
        Assert.Equal("888", Assert.Single(target["triggerIds"].ListValue.Values).StringValue);
        Assert.Equal("Stella Connect Email", Assert.Single(target["triggerTitles"].ListValue.Values).StringValue);
        Assert.Empty(none.Return.Fields["targets"].ListValue.Values);
    }

    [Fact]
    public async Task An_unknown_function_is_refused_with_the_known_ones()
    {
        var error = await Assert.ThrowsAsync<RpcException>(async () => await InvokeAsync("zendesk:index:getWidget", Wire.Of()));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("zendesk:index:getBrand", error.Status.Detail, StringComparison.Ordinal);
    }

    private Task<InvokeResponse> InvokeAsync(string token, Google.Protobuf.WellKnownTypes.Struct args)
        => fixture.Client.InvokeAsync(new InvokeRequest { Tok = token, Args = args }).ResponseAsync;
}
