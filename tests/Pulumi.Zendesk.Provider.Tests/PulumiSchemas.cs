using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Pulumirpc;

namespace Pulumi.Zendesk.Provider.Tests;

/// <summary>Pulumi's JSON schemas (Schemas/), built once: the validator keeps what it builds in a registry keyed by $id.</summary>
public static class PulumiSchemas
{
    private static readonly Lazy<JsonSchema> PackageSchema = new(() => Load("pulumi-package-schema.json"));
    private static readonly Lazy<JsonSchema> ProjectSchema = new(() => Load("pulumi-project-schema.json"));

    public static JsonSchema Package => PackageSchema.Value;

    public static JsonSchema Project => ProjectSchema.Value;

    /// <summary>The Pulumi project of examples/<paramref name="example"/>, as JSON.</summary>
    public static JsonObject Example(string example)
        => YamlJson.Parse(File.ReadAllText(Path.Combine(StellaIac.Testing.RepositoryRoot.Path, "examples", example, "Pulumi.yaml")))!.AsObject();

    /// <summary>A project file checked against Pulumi's project schema.</summary>
    public static EvaluationResults EvaluateProject(JsonObject project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return Project.Evaluate(JsonDocument.Parse(project.ToJsonString()).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    /// <summary>The package schema the published plugin serves, read from a plugin process started for it.</summary>
    public static async Task<JsonObject> ServedAsync()
    {
        await using var plugin = await PluginProcess.StartAsync("127.0.0.1:1");
        return JsonNode.Parse((await plugin.Client.GetSchemaAsync(new GetSchemaRequest())).Schema)!.AsObject();
    }

    /// <summary>The validation errors, one line each with the place, or empty when valid.</summary>
    public static string Errors(EvaluationResults result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return string.Join("\n", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}"));
    }

    private static JsonSchema Load(string file) => JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", file)));
}
