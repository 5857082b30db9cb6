using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StellaIac.Engine.Configuration;

/// <summary>
/// Pulumi.&lt;stack&gt;.yaml: <c>encryptionsalt</c> (passphrase provider), <c>secretsprovider</c>, and
/// <c>config</c> with namespaced keys whose values are text, <c>secure:</c> ciphertexts or objects.
/// Written back in the same shape, keys in their order, scalars as strings.
/// </summary>
public sealed record StackFile
{
    public required string Path { get; init; }

    public string? EncryptionSalt { get; init; }

    public string? SecretsProvider { get; init; }

    public IReadOnlyList<KeyValuePair<string, ConfigValue>> Config { get; init; } = [];

    public ConfigValue? this[string key] => Config.FirstOrDefault(p => p.Key == key).Value;

    public static StackFile Load(string path)
    {
        if (!File.Exists(path))
        {
            return new StackFile { Path = System.IO.Path.GetFullPath(path) };
        }

        var root = YamlNodes.LoadMapping(path);
        var config = new List<KeyValuePair<string, ConfigValue>>();
        foreach (var (keyNode, valueNode) in YamlNodes.Entries(YamlNodes.Mapping(root, "config")))
        {
            var key = ((YamlScalarNode)keyNode).Value!;
            if (!key.Contains(':', StringComparison.Ordinal))
            {
                throw new ConfigurationException($"{path}: config key '{key}' has no namespace; write it as <project>:{key} or zendesk:{key}.");
            }

            config.Add(new(key, Read(path, key, valueNode)));
        }

        return new StackFile
        {
            Path = System.IO.Path.GetFullPath(path),
            EncryptionSalt = YamlNodes.Scalar(root, "encryptionsalt"),
            SecretsProvider = YamlNodes.Scalar(root, "secretsprovider"),
            Config = config,
        };
    }

    public StackFile With(string key, ConfigValue value)
    {
        var config = Config.ToList();
        var index = config.FindIndex(p => p.Key == key);
        if (index >= 0)
        {
            config[index] = new(key, value);
        }
        else
        {
            config.Add(new(key, value));
        }

        return this with { Config = config };
    }

    public StackFile Without(string key) => this with { Config = [.. Config.Where(p => p.Key != key)] };

    /// <summary>Writes the file atomically (temporary file, then rename).</summary>
    public void Save()
    {
        var root = new YamlMappingNode();
        if (SecretsProvider is not null)
        {
            root.Add("secretsprovider", SecretsProvider);
        }

        if (EncryptionSalt is not null)
        {
            root.Add("encryptionsalt", EncryptionSalt);
        }

        if (Config.Count > 0)
        {
            var config = new YamlMappingNode();
            foreach (var (key, value) in Config)
            {
                config.Add(new YamlScalarNode(key), Write(value));
            }

            root.Add("config", config);
        }

        var temporary = Path + ".tmp";
        using (var writer = new StreamWriter(temporary))
        {
            new YamlStream(new YamlDocument(root)).Save(writer, assignAnchors: false);
        }

        var text = File.ReadAllText(temporary);
        File.WriteAllText(temporary, text.TrimEnd().TrimEnd('.').TrimEnd() + Environment.NewLine);
        File.Move(temporary, Path, overwrite: true);
    }

    private static ConfigValue Read(string path, string key, YamlNode node) => node switch
    {
        YamlScalarNode scalar => ConfigValue.Plain(scalar.Value ?? ""),
        YamlMappingNode map when map.Children.Count == 1 && YamlNodes.Scalar(map, "secure") is { } ciphertext => ConfigValue.Secure(ciphertext),
        YamlMappingNode or YamlSequenceNode => ConfigValue.Structured(Tree(path, key, node)),
        _ => throw new ConfigurationException($"{path}: config '{key}' holds a value of a kind Pulumi does not write."),
    };

    private static object Tree(string path, string key, YamlNode node) => node switch
    {
        YamlScalarNode scalar => ConfigValue.Plain(scalar.Value ?? ""),
        YamlMappingNode map when map.Children.Count == 1 && YamlNodes.Scalar(map, "secure") is { } ciphertext => ConfigValue.Secure(ciphertext),
        YamlMappingNode map => map.Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => Tree(path, key, p.Value), StringComparer.Ordinal) as IReadOnlyDictionary<string, object>,
        YamlSequenceNode list => list.Children.Select(c => Tree(path, key, c)).ToList() as IReadOnlyList<object>,
        _ => throw new ConfigurationException($"{path}: config '{key}' holds a value of a kind Pulumi does not write."),
    };

    private static YamlNode Write(object value) => value switch
    {
        ConfigValue { Ciphertext: { } ciphertext } => new YamlMappingNode { { "secure", ciphertext } },
        ConfigValue { Text: { } text } => Scalar(text),
        ConfigValue { Tree: { } tree } => Write(tree),
        IReadOnlyDictionary<string, object> map => new YamlMappingNode(map.Select(p => new KeyValuePair<YamlNode, YamlNode>(new YamlScalarNode(p.Key), Write(p.Value)))),
        IReadOnlyList<object> list => new YamlSequenceNode(list.Select(Write)),
        _ => throw new InvalidOperationException($"A config value cannot hold {value.GetType().Name}."),
    };

    /// <summary>Text that YAML would read as a boolean, number or null is quoted, so it stays text.</summary>
    private static YamlScalarNode Scalar(string text)
    {
        var typed = text.Length == 0 || text is "true" or "false" or "True" or "False" or "null" or "~" or "yes" or "no"
            || double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
        return new YamlScalarNode(text) { Style = typed ? ScalarStyle.DoubleQuoted : ScalarStyle.Any };
    }
}
