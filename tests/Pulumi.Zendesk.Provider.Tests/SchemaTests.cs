using System.Text.Json;
using System.Text.Json.Nodes;
using Google.Protobuf.WellKnownTypes;
using Pulumirpc;

namespace Pulumi.Zendesk.Provider.Tests;

/// <summary>GetSchema's answer: valid against Pulumi's package metaschema, every reference resolving, and complete.</summary>
public sealed class SchemaTests : IAsyncLifetime
{
    private PluginProcess plugin = null!;
    private string schemaText = "";

    private JsonObject Schema => JsonNode.Parse(schemaText)!.AsObject();

    public async Task InitializeAsync()
    {
        plugin = await PluginProcess.StartAsync("127.0.0.1:1");
        schemaText = (await plugin.Client.GetSchemaAsync(new GetSchemaRequest())).Schema;
    }

    public async Task DisposeAsync() => await plugin.DisposeAsync();

    [Fact]
    public void It_validates_against_Pulumis_package_metaschema()
    {
        var result = PulumiSchemas.EvaluatePackage(Schema);

        Assert.True(result.IsValid, PulumiSchemas.Errors(result));
    }

    [Fact]
    public void The_metaschema_check_can_fail()
    {
        var broken = Schema;
        broken["resources"]!["zendesk:index:Webhook"]!["inputProperties"]!["name"]!["type"] = "text";

        Assert.False(PulumiSchemas.Package.Evaluate(JsonDocument.Parse(broken.ToJsonString()).RootElement).IsValid);
    }

    [Fact]
    public void Every_reference_resolves()
    {
        var schema = Schema;
        var refs = PulumiSchemas.References(schema);

        Assert.Contains("#/types/zendesk:index:WebhookAuthentication", refs);
        Assert.All(refs, reference => Assert.True(PulumiSchemas.Resolves(schema, reference), $"{reference} does not resolve"));
    }

    [Fact]
    public void Every_resource_function_and_config_key_is_there_and_nothing_is_named_id_or_urn()
    {
        var schema = Schema;
        var resources = schema["resources"]!.AsObject();
        var config = schema["config"]!["variables"]!.AsObject();

        Assert.Equal("zendesk", schema["name"]!.GetValue<string>());
        // The Stella component is the stella package's (pulumi-resource-stella): one token for one thing.
        Assert.Equal(ZendeskProvider.Tokens.Order(StringComparer.Ordinal), resources.Select(r => r.Key).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(schema["types"]!.AsObject(), t => t.Key.Contains("Stella", StringComparison.Ordinal));
        Assert.Equal(ProviderConfig.Keys.Select(v => v.Name).Order(StringComparer.Ordinal), config.Select(c => c.Key).Order(StringComparer.Ordinal));
        Assert.All(ProviderConfig.Keys, v => Assert.Equal(v.Secret, config[v.Name]!["secret"]?.GetValue<bool>() ?? false));
        Assert.True(config["apiToken"]!["secret"]!.GetValue<bool>() && config["oauthToken"]!["secret"]!.GetValue<bool>());
        Assert.Equal(["zendesk:index:getBrand", "zendesk:index:getDefaultCsatAutomation", "zendesk:index:getLegacyTargets", "zendesk:index:getTicketField"], schema["functions"]!.AsObject().Select(f => f.Key).Order(StringComparer.Ordinal));
        foreach (var (token, resource) in resources)
        {
            Assert.False(string.IsNullOrEmpty(resource!["description"]?.GetValue<string>()), token);
            foreach (var section in new[] { "inputProperties", "properties" })
            {
                Assert.DoesNotContain("id", resource[section]!.AsObject().Select(p => p.Key));
                Assert.DoesNotContain("urn", resource[section]!.AsObject().Select(p => p.Key));
            }
        }

        var webhook = resources["zendesk:index:Webhook"]!;
        Assert.True(webhook["inputProperties"]!["authentication"]!["secret"]!.GetValue<bool>());
        Assert.True(webhook["inputProperties"]!["subscriptions"]!["replaceOnChanges"]!.GetValue<bool>());
        Assert.Equal(["name", "endpoint"], webhook["requiredInputs"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal("integer", resources["zendesk:index:Trigger"]!["properties"]!["position"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_plugin_answers_the_version_GetPluginInfo_gives()
    {
        var info = await plugin.Client.GetPluginInfoAsync(new Empty());

        Assert.Equal(info.Version, Schema["version"]!.GetValue<string>());
    }
}
