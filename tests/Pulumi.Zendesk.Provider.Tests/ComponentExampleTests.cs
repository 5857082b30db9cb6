using System.Text.Json.Nodes;

namespace Pulumi.Zendesk.Provider.Tests;

/// <summary>
/// examples/pulumi-yaml-component/Pulumi.yaml is a valid Pulumi project declaring the whole integration as the
/// stella plugin's one component, with inputs (and the fields of their objects) and outputs its schema declares,
/// and naming both published plugins (the component's children are zendesk resources).
/// </summary>
public sealed class ComponentExampleTests : IAsyncLifetime
{
    private const string Component = "stella:index:StellaConnectIntegration";
    private readonly JsonObject project = PulumiSchemas.Example("pulumi-yaml-component");
    private JsonObject schema = null!;

    public async Task InitializeAsync()
    {
        await using var plugin = await PluginProcess.StartStellaAsync("127.0.0.1:1");
        schema = await PulumiSchemas.ServedByAsync(plugin);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public void It_is_a_valid_Pulumi_project_with_the_integration_as_one_component()
    {
        var result = PulumiSchemas.EvaluateProject(project);
        var resource = Assert.Single(project["resources"]!.AsObject()).Value!;
        var plugins = project["plugins"]!["providers"]!.AsArray().Select(p => (p!["name"]!.GetValue<string>(), p["path"]!.GetValue<string>()));

        Assert.True(result.IsValid, PulumiSchemas.Errors(result));
        Assert.Equal(Component, resource["type"]!.GetValue<string>());
        Assert.Equal([("stella", "./plugins/stella"), ("zendesk", "./plugins/zendesk")], plugins.Order());
    }

    [Fact]
    public void Its_inputs_and_outputs_are_the_components()
    {
        var spec = schema["resources"]![Component]!;
        var types = schema["types"]!.AsObject();
        var properties = Assert.Single(project["resources"]!.AsObject()).Value!["properties"]!.AsObject();

        Assert.All(properties.Select(p => p.Key), p => Assert.True(spec["inputProperties"]!.AsObject().ContainsKey(p), $"{p} is not an input"));
        Assert.All(spec["requiredInputs"]!.AsArray().Select(r => r!.GetValue<string>()), r => Assert.True(properties.ContainsKey(r), $"{r} is missing"));
        AssertFieldsKnown(properties["channels"]!.AsArray(), types["stella:index:StellaChannel"]!);
        AssertFieldsKnown(properties["exclusions"]!.AsArray(), types["stella:index:StellaExclusion"]!);
        AssertFieldsKnown(new JsonArray(properties["payload"]!.DeepClone()), types["stella:index:StellaPayloadOptions"]!);
        Assert.All(
            project["outputs"]!.AsObject().Select(o => o.Value!.GetValue<string>()),
            o => Assert.True(spec["properties"]!.AsObject().ContainsKey(o["${stella.".Length..^1]), $"{o} is not an output"));
    }

    private static void AssertFieldsKnown(JsonArray items, JsonNode type)
    {
        Assert.NotEmpty(items);
        Assert.All(items, item => Assert.All(item!.AsObject().Select(f => f.Key), f => Assert.True(type["properties"]!.AsObject().ContainsKey(f), $"{f} is not a field of the type")));
    }
}
