using System.Text.Json.Nodes;
using Google.Protobuf.WellKnownTypes;
using Pulumirpc;

namespace Pulumi.Zendesk.Provider.Tests;

/// <summary>
/// pulumi-resource-stella's package: named <c>stella</c>, valid against Pulumi's package metaschema, listing only the
/// component with its secret key, its inputs' object types and its outputs.
/// </summary>
public sealed class StellaSchemaTests : IAsyncLifetime
{
    private const string Component = "stella:index:StellaConnectIntegration";
    private PluginProcess plugin = null!;
    private JsonObject schema = null!;

    public async Task InitializeAsync()
    {
        plugin = await PluginProcess.StartStellaAsync("127.0.0.1:1");
        schema = await PulumiSchemas.ServedByAsync(plugin);
    }

    public async Task DisposeAsync() => await plugin.DisposeAsync();

    [Fact]
    public void It_validates_against_Pulumis_package_metaschema_and_every_reference_resolves()
    {
        var result = PulumiSchemas.EvaluatePackage(schema);
        var refs = PulumiSchemas.References(schema);

        Assert.True(result.IsValid, PulumiSchemas.Errors(result));
        Assert.Contains("#/types/stella:index:StellaChannel", refs);
        Assert.All(refs, reference => Assert.True(PulumiSchemas.Resolves(schema, reference), $"{reference} does not resolve"));
    }

    [Fact]
    public void It_lists_only_the_component_with_its_inputs_and_outputs_and_every_token_is_the_packages()
    {
        var component = Assert.Single(schema["resources"]!.AsObject());
        var spec = component.Value!;

        Assert.Equal("stella", schema["name"]!.GetValue<string>());
        Assert.Equal(Component, component.Key);
        Assert.All(schema["types"]!.AsObject().Select(t => t.Key), t => Assert.StartsWith("stella:", t, StringComparison.Ordinal));
        Assert.Null(schema["functions"]);
        Assert.True(spec["isComponent"]!.GetValue<bool>());
        Assert.True(spec["inputProperties"]!["apiKey"]!["secret"]!.GetValue<bool>());
        Assert.Equal(
            ["apiKey", "channels", "exclusions", "payload", "goLive", "deactivateCustomCsatRules", "autoAssignUponSolve", "stellaDomain"],
            spec["inputProperties"]!.AsObject().Select(p => p.Key));
        Assert.Equal(["webhookId", "doNotSendFieldId", "keyFingerprint", "checklist"], spec["properties"]!.AsObject().Select(p => p.Key));
        Assert.Equal("#/types/stella:index:StellaPayloadOptions", spec["inputProperties"]!["payload"]!["$ref"]!.GetValue<string>());
    }

    [Fact]
    public async Task It_starts_as_Pulumi_starts_plugins_and_answers_its_version_Handshake_and_Configure()
    {
        var info = await plugin.Client.GetPluginInfoAsync(new Empty());
        var handshake = await plugin.Client.HandshakeAsync(new ProviderHandshakeRequest { EngineAddress = "127.0.0.1:1" });
        var configured = await plugin.Client.ConfigureAsync(new ConfigureRequest { AcceptSecrets = true, AcceptResources = true });
        await plugin.Client.AttachAsync(new PluginAttach { Address = "127.0.0.1:9" });
        var rest = await plugin.StopAsync();

        Assert.Matches("^[0-9]{1,5}$", plugin.FirstLine);
        Assert.Equal(info.Version, schema["version"]!.GetValue<string>());
        Assert.True(handshake.AcceptSecrets && handshake.AcceptResources);
        Assert.True(configured.AcceptSecrets && configured.AcceptResources);
        Assert.Equal("", rest);
    }
}
