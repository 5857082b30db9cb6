using System.Text.Json;
using System.Text.Json.Nodes;
using Google.Protobuf.WellKnownTypes;
using Json.Schema;
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
        var result = PulumiSchemas.Package.Evaluate(JsonDocument.Parse(schemaText).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

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
        var types = schema["types"]!.AsObject();
        var refs = Descendants(schema).OfType<JsonObject>().Where(o => o.ContainsKey("$ref")).Select(o => o["$ref"]!.GetValue<string>()).ToList();

        Assert.Contains("#/types/zendesk:index:WebhookAuthentication", refs);
        Assert.All(refs, reference => Assert.True(
            reference.StartsWith("#/types/", StringComparison.Ordinal) ? types.ContainsKey(reference["#/types/".Length..]) : reference is "pulumi.json#/Any" or "pulumi.json#/Asset" or "pulumi.json#/Archive",
            $"{reference} does not resolve"));
    }

    [Fact]
    public void Every_resource_function_and_config_key_is_there_and_nothing_is_named_id_or_urn()
    {
        var schema = Schema;
        var resources = schema["resources"]!.AsObject();
        var config = schema["config"]!["variables"]!.AsObject();

        Assert.Equal("zendesk", schema["name"]!.GetValue<string>());
        Assert.Equal(ZendeskProvider.Tokens.Append("zendesk:index:StellaConnectIntegration").Order(StringComparer.Ordinal), resources.Select(r => r.Key).Order(StringComparer.Ordinal));
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
        var component = resources["zendesk:index:StellaConnectIntegration"]!;
        Assert.True(component["isComponent"]!.GetValue<bool>());
        Assert.True(component["inputProperties"]!["apiKey"]!["secret"]!.GetValue<bool>());
        Assert.Equal(["webhookId", "doNotSendFieldId", "keyFingerprint", "checklist"], component["properties"]!.AsObject().Select(p => p.Key));
        Assert.Equal("#/types/zendesk:index:StellaChannel", component["inputProperties"]!["channels"]!["items"]!["$ref"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_plugin_answers_the_version_GetPluginInfo_gives()
    {
        var info = await plugin.Client.GetPluginInfoAsync(new Empty());

        Assert.Equal(info.Version, Schema["version"]!.GetValue<string>());
    }

    private static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        yield return node;
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
        {
            foreach (var descendant in Descendants(child))
            {
                yield return descendant;
            }
        }
    }
}
