using System.Collections.Immutable;
using StellaIac.Engine.Values;
using StellaIac.StellaConnect;
using StellaIac.StellaConnect.Channels;
using StellaIac.Testing;
using static StellaIac.Engine.PulumiHost.Tests.Wire;

namespace StellaIac.Engine.PulumiHost.Tests;

/// <summary>Construct for the Stella component, driven through the fake monitor as a Pulumi YAML program's engine would drive it.</summary>
public sealed class ConstructTests
{
    private const string CallerParent = "urn:pulumi:test::yaml-caller::pulumi:pulumi:Stack::yaml-caller-test";

    [Fact]
    public async Task The_component_and_its_children_register_under_the_callers_parent_and_its_outputs_come_back()
    {
        await using var engine = await FakePulumiEngine.StartAsync(new FakeEngineOptions { Project = "yaml-caller" });

        var result = await PulumiConstruct.RunAsync(Request(engine), Declare);

        var component = Single(engine.Calls.Registrations, StellaConnectIntegration.Token);
        Assert.Equal(("stella", CallerParent, false), (component.Name, component.Parent, component.Custom));
        Assert.DoesNotContain(engine.Calls.Registrations, r => r.Type == "pulumi:pulumi:Stack");
        var componentUrn = "urn:pulumi:test::yaml-caller::stella:index:StellaConnectIntegration::stella";
        Assert.Equal(componentUrn, result.Urn);
        var webhook = Single(engine.Calls.Registrations, "zendesk:index:Webhook");
        Assert.Equal(componentUrn, webhook.Parent);
        Assert.True(IsSecret(webhook.Object.Fields["authentication"].StructValue.Fields["password"], out var password));
        Assert.Equal("construct-key", password.StringValue);
        var webhookUrn = "urn:pulumi:test::yaml-caller::stella:index:StellaConnectIntegration$zendesk:index:Webhook::stella-webhook";
        Assert.Equal(new PropertyValue(engine.Calls.Ids[webhookUrn]), result.State["webhookId"]);
        Assert.Single(engine.Calls.Outputs, o => o.Urn == componentUrn);
    }

    [Fact]
    public async Task In_a_preview_the_ids_in_the_components_outputs_are_unknown()
    {
        await using var engine = await FakePulumiEngine.StartAsync(new FakeEngineOptions { Project = "yaml-caller", DryRun = true });

        var result = await PulumiConstruct.RunAsync(Request(engine), Declare);

        Assert.True(result.State["webhookId"].IsComputed);
        Assert.Equal(PropertyValueType.String, result.State["keyFingerprint"].Type);
    }

    [Fact]
    public async Task A_refused_child_fails_the_construct_with_the_engines_reason()
    {
        await using var engine = await FakePulumiEngine.StartAsync(new FakeEngineOptions { Project = "yaml-caller", RefuseType = "zendesk:index:TicketField" });

        var error = await Assert.ThrowsAsync<PulumiHostException>(() => PulumiConstruct.RunAsync(Request(engine), Declare));

        Assert.Contains("zendesk:index:TicketField is refused by policy", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_callers_options_reach_the_component_and_input_dependencies_follow_the_declared_flows()
    {
        const string keySource = "urn:pulumi:test::yaml-caller::vault:index:Secret::stella-key";
        await using var engine = await FakePulumiEngine.StartAsync(new FakeEngineOptions { Project = "yaml-caller" });
        var request = Request(engine) with
        {
            Options = new ConstructOptions
            {
                Protect = true,
                Aliases = ["urn:pulumi:test::yaml-caller::stella:index:StellaConnectIntegration::old"],
                InputDependencies = ImmutableDictionary<string, ImmutableArray<string>>.Empty.Add("apiKey", [keySource]),
                InputFlows = [InputFlow.ToChild("apiKey", "zendesk:index:Webhook", "authentication"), InputFlow.ToOutput("apiKey", "keyFingerprint")],
            },
        };

        var result = await PulumiConstruct.RunAsync(request, Declare);

        var component = Single(engine.Calls.Registrations, StellaConnectIntegration.Token);
        Assert.True(component.Protect);
        Assert.Equal(["urn:pulumi:test::yaml-caller::stella:index:StellaConnectIntegration::old"], component.AliasURNs);
        var webhook = Single(engine.Calls.Registrations, "zendesk:index:Webhook");
        Assert.Equal([keySource], webhook.PropertyDependencies["authentication"].Urns);
        Assert.Empty(webhook.AliasURNs);
        Assert.DoesNotContain(keySource, Single(engine.Calls.Registrations, "zendesk:index:TicketField").Dependencies);
        Assert.Equal<string>([keySource], result.StateDependencies["keyFingerprint"]);
        Assert.Equal<string>(["urn:pulumi:test::yaml-caller::stella:index:StellaConnectIntegration$zendesk:index:Webhook::stella-webhook"], result.StateDependencies["webhookId"]);
    }

    private static ConstructRequest Request(FakePulumiEngine engine) => new()
    {
        MonitorAddress = engine.Address,
        Project = "yaml-caller",
        Stack = "test",
        DryRun = engine.Calls.Options.DryRun,
        Config = PulumiConfigReader.Read("yaml-caller", new Dictionary<string, string>(), []),
        Type = StellaConnectIntegration.Token,
        Name = "stella",
        Parent = CallerParent,
        Inputs = PropertyMap.Empty.SetItem("apiKey", new PropertyValue("construct-key").WithSecret(true)),
    };

    /// <summary>The component from its inputs; only the key here (the full input mapping belongs to the plugin's schema).</summary>
    private static IDictionary<string, object?> Declare(string name, ImmutableDictionary<string, PropertyValue> inputs)
    {
        var integration = new StellaConnectIntegration(name, new StellaConnectIntegrationArgs
        {
            ApiKey = inputs["apiKey"].TryGetString(out var key) ? key : "",
            Channels = [StellaChannel.Email([], [])],
        });
        return new Dictionary<string, object?>
        {
            ["webhookId"] = integration.Webhook.Id,
            ["doNotSendFieldId"] = integration.DoNotSendField.Id,
            ["keyFingerprint"] = integration.KeyFingerprint,
        };
    }
}
