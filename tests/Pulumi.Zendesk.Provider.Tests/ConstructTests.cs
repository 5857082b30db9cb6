using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;
using StellaIac.Testing;
using static Pulumi.Zendesk.Provider.Tests.Wire;

namespace Pulumi.Zendesk.Provider.Tests;

/// <summary>Construct on the published pulumi-resource-stella process, registering through a fake ResourceMonitor as a Pulumi YAML program's engine would.</summary>
public sealed class ConstructTests
{
    private const string Component = "stella:index:StellaConnectIntegration";
    private const string CallerParent = "urn:pulumi:test::yaml-caller::pulumi:pulumi:Stack::yaml-caller-test";
    private const string ComponentUrn = "urn:pulumi:test::yaml-caller::stella:index:StellaConnectIntegration::stella";

    [Fact]
    public async Task The_integration_and_its_children_register_under_the_callers_parent_and_its_outputs_come_back()
    {
        await using var monitor = await FakePulumiEngine.StartAsync(new FakeEngineOptions { Project = "yaml-caller" });
        await using var plugin = await PluginProcess.StartStellaAsync("127.0.0.1:1");

        var response = await plugin.Client.ConstructAsync(Request(monitor, dryRun: false));

        var registrations = monitor.Calls.Registrations.ToList();
        var component = Assert.Single(registrations, r => r.Type == Component);
        Assert.Equal(("stella", CallerParent, false), (component.Name, component.Parent, component.Custom));
        Assert.Equal(ComponentUrn, response.Urn);
        var webhook = Assert.Single(registrations, r => r.Type == "zendesk:index:Webhook");
        Assert.Equal(ComponentUrn, webhook.Parent);
        Assert.True(IsSecret(webhook.Object.Fields["authentication"].StructValue.Fields["password"]));
        Assert.Equal("construct-key", Unwrap(webhook.Object.Fields["authentication"].StructValue.Fields["password"]).StringValue);
        Assert.Contains(registrations, r => r.Type == "zendesk:index:TicketField" && r.Parent == ComponentUrn);
        Assert.True(registrations.Count(r => r.Type == "zendesk:index:Trigger") >= 2, "the email channel's send trigger and the exclusion's");
        var webhookUrn = $"urn:pulumi:test::yaml-caller::{Component}$zendesk:index:Webhook::stella-webhook";
        Assert.Equal(monitor.Calls.Ids[webhookUrn], Unwrap(response.State.Fields["webhookId"]).StringValue);
        Assert.False(string.IsNullOrEmpty(Unwrap(response.State.Fields["keyFingerprint"]).StringValue));
        Assert.NotEmpty(Unwrap(response.State.Fields["checklist"]).ListValue.Values);
        Assert.Single(monitor.Calls.Outputs, o => o.Urn == ComponentUrn);
    }

    [Fact]
    public async Task In_a_preview_the_ids_in_the_outputs_are_unknown()
    {
        await using var monitor = await FakePulumiEngine.StartAsync(new FakeEngineOptions { Project = "yaml-caller", DryRun = true });
        await using var plugin = await PluginProcess.StartStellaAsync("127.0.0.1:1");

        var response = await plugin.Client.ConstructAsync(Request(monitor, dryRun: true));

        Assert.True(IsUnknown(Unwrap(response.State.Fields["webhookId"])));
    }

    [Theory]
    [InlineData("zendesk:index:Webhook")]
    [InlineData("zendesk:index:StellaConnectIntegration")]
    public async Task Another_type_answers_UNIMPLEMENTED(string type)
    {
        await using var monitor = await FakePulumiEngine.StartAsync(new FakeEngineOptions { Project = "yaml-caller" });
        await using var plugin = await PluginProcess.StartStellaAsync("127.0.0.1:1");
        var request = Request(monitor, dryRun: false);
        request.Type = type;

        var error = await Assert.ThrowsAsync<RpcException>(() => plugin.Client.ConstructAsync(request).ResponseAsync);

        Assert.Equal(StatusCode.Unimplemented, error.StatusCode);
        Assert.Empty(monitor.Calls.Registrations);
    }

    [Fact]
    public async Task The_zendesk_plugin_no_longer_constructs_the_component()
    {
        await using var monitor = await FakePulumiEngine.StartAsync(new FakeEngineOptions { Project = "yaml-caller" });
        await using var plugin = await PluginProcess.StartAsync("127.0.0.1:1");

        var error = await Assert.ThrowsAsync<RpcException>(() => plugin.Client.ConstructAsync(Request(monitor, dryRun: false)).ResponseAsync);

        Assert.Equal(StatusCode.Unimplemented, error.StatusCode);
        Assert.Empty(monitor.Calls.Registrations);
    }

    /// <summary>The integration with one email channel, an exclusion and going live, as a Pulumi YAML program asks for it.</summary>
    internal static ConstructRequest Request(FakePulumiEngine monitor, bool dryRun) => new()
    {
        Project = "yaml-caller",
        Stack = "test",
        DryRun = dryRun,
        MonitorEndpoint = monitor.Address,
        Type = Component,
        Name = "stella",
        Parent = CallerParent,
        Inputs = Of(
            ("apiKey", Secret(S("construct-key"))),
            ("channels", List(Obj(("kind", S("email"))))),
            ("exclusions", List(Obj(("tags", List(S("vip")))))),
            ("payload", Obj(("hardened", Value.ForBool(true)))),
            ("goLive", Value.ForBool(true))),
    };
}
