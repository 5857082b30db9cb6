using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;
using StellaIac.Testing;
using static Pulumi.Zendesk.Provider.Tests.Wire;

namespace Pulumi.Zendesk.Provider.Tests;

/// <summary>
/// What a Construct request carries besides the inputs reaches the registrations: the component takes the caller's
/// options, its children the provider of their package and the protection, and the dependencies of the inputs
/// that flow into them; the response says what each output depends on.
/// </summary>
public sealed class ConstructOptionsTests
{
    private const string ZendeskProvider = "urn:pulumi:test::yaml-caller::pulumi:providers:zendesk::acme::0c4f7a1e";
    private const string KeySource = "urn:pulumi:test::yaml-caller::vault:index:Secret::stella-key";
    private const string TagSource = "urn:pulumi:test::yaml-caller::zendesk:index:TicketField::vip";
    private const string Earlier = "urn:pulumi:test::yaml-caller::zendesk:index:Brand::acme";

    [Fact]
    public async Task The_component_registers_with_every_option_the_caller_gave()
    {
        await using var monitor = await FakePulumiEngine.StartAsync(new FakeEngineOptions { Project = "yaml-caller" });
        await using var plugin = await PluginProcess.StartStellaAsync("127.0.0.1:1");
        var request = ConstructTests.Request(monitor, dryRun: false);
        request.Dependencies.Add(Earlier);
        request.Providers["zendesk"] = ZendeskProvider;
        request.Protect = true;
        request.Aliases.Add("urn:pulumi:test::yaml-caller::stella:index:StellaConnectIntegration::stella-old");
        request.AdditionalSecretOutputs.Add("keyFingerprint");
        request.CustomTimeouts = new ConstructRequest.Types.CustomTimeouts { Create = "5m", Delete = "1m" };
        request.DeletedWith = Earlier;
        request.DeleteBeforeReplace = true;
        request.IgnoreChanges.Add("payload");
        request.ReplaceOnChanges.Add("apiKey");
        request.RetainOnDelete = true;

        await plugin.Client.ConstructAsync(request);

        var component = Assert.Single(monitor.Calls.Registrations, r => r.Type == "stella:index:StellaConnectIntegration");
        Assert.Equal([Earlier], component.Dependencies);
        Assert.Equal(ZendeskProvider, component.Providers["zendesk"]);
        Assert.True(component.HasProtect && component.Protect);
        Assert.Equal(["urn:pulumi:test::yaml-caller::stella:index:StellaConnectIntegration::stella-old"], component.AliasURNs);
        Assert.Equal(["keyFingerprint"], component.AdditionalSecretOutputs);
        Assert.Equal(("5m", "", "1m"), (component.CustomTimeouts.Create, component.CustomTimeouts.Update, component.CustomTimeouts.Delete));
        Assert.Equal(Earlier, component.DeletedWith);
        Assert.True(component.DeleteBeforeReplace && component.DeleteBeforeReplaceDefined);
        Assert.Equal(["payload"], component.IgnoreChanges);
        Assert.Equal(["apiKey"], component.ReplaceOnChanges);
        Assert.True(component.HasRetainOnDelete && component.RetainOnDelete);
    }

    [Fact]
    public async Task Its_children_take_the_provider_of_their_package_and_the_protection_and_nothing_else()
    {
        await using var monitor = await FakePulumiEngine.StartAsync(new FakeEngineOptions { Project = "yaml-caller" });
        await using var plugin = await PluginProcess.StartStellaAsync("127.0.0.1:1");
        var request = ConstructTests.Request(monitor, dryRun: false);
        request.Providers["zendesk"] = ZendeskProvider;
        request.Protect = true;
        request.DeletedWith = Earlier;
        request.Dependencies.Add(Earlier);

        await plugin.Client.ConstructAsync(request);

        var children = monitor.Calls.Registrations.Where(r => r.Parent != request.Parent).ToList();
        Assert.NotEmpty(children);
        Assert.All(children.Where(c => c.Custom), c => Assert.Equal(ZendeskProvider, c.Provider));
        Assert.All(children.Where(c => !c.Custom), c => Assert.Equal(ZendeskProvider, c.Providers["zendesk"]));
        Assert.All(children, c => Assert.True(c.Protect, $"{c.Type} {c.Name} is not protected"));
        Assert.All(children, c => Assert.Equal("", c.DeletedWith));
        Assert.All(children, c => Assert.DoesNotContain(Earlier, c.Dependencies));
    }

    [Fact]
    public async Task Input_dependencies_follow_the_inputs_into_the_children_and_the_outputs()
    {
        await using var monitor = await FakePulumiEngine.StartAsync(new FakeEngineOptions { Project = "yaml-caller" });
        await using var plugin = await PluginProcess.StartStellaAsync("127.0.0.1:1");
        var request = ConstructTests.Request(monitor, dryRun: false);
        request.InputDependencies["apiKey"] = new ConstructRequest.Types.PropertyDependencies { Urns = { KeySource } };
        request.InputDependencies["exclusions"] = new ConstructRequest.Types.PropertyDependencies { Urns = { TagSource } };

        var response = await plugin.Client.ConstructAsync(request);

        var webhook = Assert.Single(monitor.Calls.Registrations, r => r.Type == "zendesk:index:Webhook");
        Assert.Contains(KeySource, webhook.Dependencies);
        Assert.Equal([KeySource], webhook.PropertyDependencies["authentication"].Urns);
        Assert.DoesNotContain(TagSource, webhook.Dependencies);
        var field = Assert.Single(monitor.Calls.Registrations, r => r.Type == "zendesk:index:TicketField");
        Assert.DoesNotContain(KeySource, field.Dependencies);
        var triggers = monitor.Calls.Registrations.Where(r => r.Type == "zendesk:index:Trigger").ToList();
        Assert.All(triggers, t => Assert.Contains(TagSource, t.PropertyDependencies["conditions"].Urns));
        Assert.All(triggers, t => Assert.DoesNotContain(KeySource, t.Dependencies));
        Assert.Equal([KeySource], response.StateDependencies["keyFingerprint"].Urns);
        Assert.Equal(["urn:pulumi:test::yaml-caller::stella:index:StellaConnectIntegration$zendesk:index:Webhook::stella-webhook"], response.StateDependencies["webhookId"].Urns);
    }

    [Theory]
    [InlineData("channels", "channels[0].kind 'sms' is not chat, email, phone or custom.")]
    [InlineData("payload", "payload is an object.")]
    [InlineData("apiKey", "apiKey: the engine sent a value with signature c44067f5952c0a294b673a41bacd8c17 (an asset or archive), which no StellaIac resource has.")]
    public async Task A_wrong_input_is_INVALID_ARGUMENT_naming_its_place_and_nothing_registers(string input, string message)
    {
        await using var monitor = await FakePulumiEngine.StartAsync(new FakeEngineOptions { Project = "yaml-caller" });
        await using var plugin = await PluginProcess.StartStellaAsync("127.0.0.1:1");
        var request = ConstructTests.Request(monitor, dryRun: false);
        request.Inputs.Fields[input] = input switch
        {
            "channels" => List(Obj(("kind", S("sms")))),
            "apiKey" => Obj((Signature, S("c44067f5952c0a294b673a41bacd8c17")), ("path", S("key.txt"))),
            _ => Value.ForString("hardened"),
        };

        var error = await Assert.ThrowsAsync<RpcException>(() => plugin.Client.ConstructAsync(request).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.EndsWith(message, error.Status.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("construct-key", error.Status.Detail, StringComparison.Ordinal);
        Assert.Empty(monitor.Calls.Registrations);
    }
}
