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

    /// <summary>The package schema the published zendesk plugin serves, read from a plugin process started for it.</summary>
    public static async Task<JsonObject> ServedAsync()
    {
        await using var plugin = await PluginProcess.StartAsync("127.0.0.1:1");
        return await ServedByAsync(plugin);
    }

    /// <summary>The package schema a started plugin serves.</summary>
    public static async Task<JsonObject> ServedByAsync(PluginProcess plugin)
    {
        ArgumentNullException.ThrowIfNull(plugin);
        return JsonNode.Parse((await plugin.Client.GetSchemaAsync(new GetSchemaRequest())).Schema)!.AsObject();
    }

    /// <summary>A package schema checked against Pulumi's package metaschema.</summary>
    public static EvaluationResults EvaluatePackage(JsonObject schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return Package.Evaluate(JsonDocument.Parse(schema.ToJsonString()).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    /// <summary>Every <c>$ref</c> anywhere in a schema.</summary>
    public static IReadOnlyList<string> References(JsonNode schema)
        => [.. Descendants(schema).OfType<JsonObject>().Where(o => o.ContainsKey("$ref")).Select(o => o["$ref"]!.GetValue<string>())];

    /// <summary>True when a reference names a type the schema declares, or one of Pulumi's own.</summary>
    public static bool Resolves(JsonObject schema, string reference)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(reference);
        return reference.StartsWith("#/types/", StringComparison.Ordinal)
            ? schema["types"]!.AsObject().ContainsKey(reference["#/types/".Length..])
            : reference is "pulumi.json#/Any" or "pulumi.json#/Asset" or "pulumi.json#/Archive";
    }

    /// <summary>The validation errors, one line each with the place, or empty when valid.</summary>
    public static string Errors(EvaluationResults result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return string.Join("\n", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}"));
    }

    private static JsonSchema Load(string file) => JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", file)));

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
