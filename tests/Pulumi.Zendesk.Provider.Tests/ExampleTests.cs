using System.Text.Json.Nodes;

namespace Pulumi.Zendesk.Provider.Tests;

/// <summary>
/// examples/pulumi-yaml/Pulumi.yaml is a valid Pulumi project that points Pulumi at the published plugin and
/// uses only what the plugin's schema declares: its resource types, their input properties (the required
/// ones all given), and its functions.
/// </summary>
public sealed class ExampleTests : IAsyncLifetime
{
    private readonly JsonObject project = PulumiSchemas.Example("pulumi-yaml");
    private JsonObject schema = null!;

    public async Task InitializeAsync() => schema = await PulumiSchemas.ServedAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public void It_is_a_valid_Pulumi_project_that_points_at_the_published_plugin_folder()
    {
        var result = PulumiSchemas.EvaluateProject(project);
        var provider = Assert.Single(project["plugins"]!["providers"]!.AsArray())!;

        Assert.True(result.IsValid, PulumiSchemas.Errors(result));
        Assert.Equal(("zendesk", "./plugin"), (provider["name"]!.GetValue<string>(), provider["path"]!.GetValue<string>()));
        Assert.Equal("yaml", project["runtime"]!.GetValue<string>());
    }

    [Fact]
    public void It_declares_the_Stella_resources_with_properties_the_schema_knows()
    {
        var resources = project["resources"]!.AsObject();
        var declared = schema["resources"]!.AsObject();

        Assert.Equal(
            ["zendesk:index:TicketField", "zendesk:index:Trigger", "zendesk:index:TriggerCategory", "zendesk:index:TriggerOrder", "zendesk:index:Webhook"],
            resources.Select(r => r.Value!["type"]!.GetValue<string>()).Distinct().Order(StringComparer.Ordinal));
        foreach (var (name, resource) in resources)
        {
            var spec = declared[resource!["type"]!.GetValue<string>()]!;
            var properties = resource["properties"]!.AsObject().Select(p => p.Key).ToList();
            Assert.All(properties, p => Assert.True(spec["inputProperties"]!.AsObject().ContainsKey(p), $"{name}.{p} is not an input of {resource["type"]}"));
            Assert.All(spec["requiredInputs"]!.AsArray().Select(r => r!.GetValue<string>()), r => Assert.Contains(r, properties));
        }
    }

    [Fact]
    public void Its_functions_are_the_plugins()
    {
        var invoked = project["variables"]!.AsObject().Select(v => (v.Value as JsonObject)?["fn::invoke"]?["function"]?.GetValue<string>()).OfType<string>().ToList();

        Assert.NotEmpty(invoked);
        Assert.All(invoked, f => Assert.True(schema["functions"]!.AsObject().ContainsKey(f), f));
    }
}
