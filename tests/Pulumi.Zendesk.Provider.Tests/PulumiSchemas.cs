using Json.Schema;

namespace Pulumi.Zendesk.Provider.Tests;

/// <summary>Pulumi's JSON schemas (Schemas/), built once: the validator keeps what it builds in a registry keyed by $id.</summary>
public static class PulumiSchemas
{
    private static readonly Lazy<JsonSchema> PackageSchema = new(() => Load("pulumi-package-schema.json"));
    private static readonly Lazy<JsonSchema> ProjectSchema = new(() => Load("pulumi-project-schema.json"));

    public static JsonSchema Package => PackageSchema.Value;

    public static JsonSchema Project => ProjectSchema.Value;

    /// <summary>The validation errors, one line each with the place, or empty when valid.</summary>
    public static string Errors(EvaluationResults result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return string.Join("\n", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}"));
    }

    private static JsonSchema Load(string file) => JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", file)));
}
