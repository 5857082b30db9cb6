using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace StellaIac.Engine.Configuration;

/// <summary>Pulumi.yaml: the project's name, runtime, description, declared config and backend.</summary>
public sealed partial record ProjectFile
{
    public const string FileName = "Pulumi.yaml";

    public required string Name { get; init; }

    public required string Path { get; init; }

    public string? Runtime { get; init; }

    public IReadOnlyDictionary<string, string> RuntimeOptions { get; init; } = new Dictionary<string, string>();

    public string? Description { get; init; }

    /// <summary>Declared config, keyed <c>namespace:name</c> (a bare key takes the project's namespace).</summary>
    public IReadOnlyDictionary<string, ProjectConfigSpec> Config { get; init; } = new Dictionary<string, ProjectConfigSpec>();

    public string? BackendUrl { get; init; }

    public string Directory => System.IO.Path.GetDirectoryName(Path)!;

    public string StackFilePath(string stack) => System.IO.Path.Combine(Directory, $"Pulumi.{stack.Replace('/', '-')}.yaml");

    public static ProjectFile Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new ConfigurationException($"no {FileName} at {path}: run the command in the project's folder, or pass --cwd.");
        }

        var root = YamlNodes.LoadMapping(path);
        var name = YamlNodes.Scalar(path, root, "name");
        if (string.IsNullOrWhiteSpace(name) || !NamePattern().IsMatch(name))
        {
            throw new ConfigurationException($"{path}: 'name' must be a project name (letters, digits, '-', '_', '.'), got '{name}'.");
        }

        var runtimeOptions = new Dictionary<string, string>(StringComparer.Ordinal);
        var runtimeMap = YamlNodes.Child(root, "runtime") is YamlMappingNode map ? map : null;
        var runtime = runtimeMap is null ? YamlNodes.Scalar(path, root, "runtime") : YamlNodes.Scalar(path, runtimeMap, "name");
        if (runtimeMap is not null)
        {
            foreach (var (key, value) in YamlNodes.Entries(YamlNodes.Mapping(path, runtimeMap, "options")))
            {
                runtimeOptions[YamlNodes.Key(path, key)] = (value as YamlScalarNode)?.Value ?? "";
            }
        }

        var config = new Dictionary<string, ProjectConfigSpec>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in YamlNodes.Entries(YamlNodes.Mapping(path, root, "config")))
        {
            var key = ConfigKey.Parse(YamlNodes.Key(path, keyNode), name).ToString();
            config[key] = valueNode switch
            {
                YamlScalarNode scalar => new ProjectConfigSpec { Value = scalar.Value },
                YamlMappingNode spec => ReadSpec(path, key, name, spec),
                _ => throw new ConfigurationException($"{YamlNodes.At(path, valueNode)}: config '{key}' must be a value or a mapping with type, default, description and secret."),
            };
        }

        return new ProjectFile
        {
            Name = name,
            Path = System.IO.Path.GetFullPath(path),
            Runtime = runtime,
            RuntimeOptions = runtimeOptions,
            Description = YamlNodes.Scalar(path, root, "description"),
            Config = config,
            BackendUrl = YamlNodes.Mapping(path, root, "backend") is { } backend ? YamlNodes.Scalar(path, backend, "url") : null,
        };
    }

    private static ProjectConfigSpec ReadSpec(string path, string key, string project, YamlMappingNode spec)
    {
        var type = YamlNodes.Scalar(path, spec, "type");
        if (type is not (null or "string" or "integer" or "boolean" or "array" or "object"))
        {
            throw new ConfigurationException($"{YamlNodes.At(path, spec)}: config '{key}' has type '{type}'; use string, integer, boolean, array or object.");
        }

        var result = new ProjectConfigSpec
        {
            Type = type,
            Description = YamlNodes.Scalar(path, spec, "description"),
            Default = YamlNodes.Scalar(path, spec, "default"),
            Value = YamlNodes.Scalar(path, spec, "value"),
            Secret = YamlNodes.Scalar(path, spec, "secret") is "true",
        };
        if (!key.StartsWith(project + ":", StringComparison.Ordinal) && (result.Type is not null || result.Default is not null))
        {
            throw new ConfigurationException($"{YamlNodes.At(path, spec)}: config '{key}' belongs to another namespace and may only set 'value', not 'type' or 'default'.");
        }

        if (result.Default is not null && result.Value is not null)
        {
            throw new ConfigurationException($"{YamlNodes.At(path, spec)}: config '{key}' sets both 'default' and 'value'; keep one.");
        }

        return result;
    }

    [GeneratedRegex("^[A-Za-z0-9_.-]+$")]
    private static partial Regex NamePattern();
}
