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

    /// <summary>Where each config key was read (for errors that name the line), as loaded; a changed file has none.</summary>
    public IReadOnlyDictionary<string, string> KeyPlaces { get; init; } = new Dictionary<string, string>();

    /// <summary>The file, and the line and column of <paramref name="key"/> when it was read from it.</summary>
    public string PlaceOf(string key) => KeyPlaces.GetValueOrDefault(key) ?? Path;

    public ConfigValue? this[string key] => Config.FirstOrDefault(p => p.Key == key).Value;

    public static StackFile Load(string path)
    {
        if (!File.Exists(path))
        {
            return new StackFile { Path = System.IO.Path.GetFullPath(path) };
        }

        using var reader = File.OpenText(path);
        return Parse(reader, path);
    }

    private static StackFile Parse(TextReader reader, string path)
    {
        var root = YamlNodes.LoadMapping(reader, path);
        var config = new List<KeyValuePair<string, ConfigValue>>();
        var places = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in YamlNodes.Entries(YamlNodes.Mapping(path, root, "config")))
        {
            var key = YamlNodes.Key(path, keyNode);
            if (!key.Contains(':', StringComparison.Ordinal))
            {
                throw new ConfigurationException($"{YamlNodes.At(path, keyNode)}: config key '{key}' has no namespace; write it as <project>:{key} or zendesk:{key}.");
            }

            config.Add(new(key, Read(path, key, valueNode)));
            places[key] = YamlNodes.At(path, keyNode);
        }

        return new StackFile
        {
            Path = System.IO.Path.GetFullPath(path),
            EncryptionSalt = YamlNodes.Scalar(path, root, "encryptionsalt"),
            SecretsProvider = YamlNodes.Scalar(path, root, "secretsprovider"),
            Config = config,
            KeyPlaces = places,
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

        return this with { Config = config, KeyPlaces = new Dictionary<string, string>() };
    }

    public StackFile Without(string key) => this with { Config = [.. Config.Where(p => p.Key != key)], KeyPlaces = new Dictionary<string, string>() };

    /// <summary>
    /// Writes the file atomically (temporary file, then rename), keeping its mode (a 0600 file stays 0600) and,
    /// when it exists, its comments and layout: only the entries that changed are rewritten.
    /// </summary>
    public void Save()
    {
        var text = File.Exists(Path) ? Edited() ?? Render(this) : Render(this);
        var temporary = Path + ".tmp";
        File.WriteAllText(temporary, text);
        if (!OperatingSystem.IsWindows() && File.Exists(Path))
        {
            File.SetUnixFileMode(temporary, File.GetUnixFileMode(Path));
        }

        File.Move(temporary, Path, overwrite: true);
    }

    /// <summary>The file's text with only the changed lines rewritten, if reading it back gives this file; else null.</summary>
    private string? Edited()
    {
        try
        {
            return StackFileText.Edit(File.ReadAllText(Path), Load(Path), this) is { } edited && Render(Parse(new StringReader(edited), Path)) == Render(this) ? edited : null;
        }
        catch (ConfigurationException)
        {
            // The file as it is on disk cannot be edited line by line (or no longer reads): it is written whole.
            return null;
        }
    }

    /// <summary>The YAML of a whole stack file.</summary>
    internal static string Render(StackFile file)
    {
        var root = new YamlMappingNode();
        if (file.SecretsProvider is not null)
        {
            root.Add("secretsprovider", file.SecretsProvider);
        }

        if (file.EncryptionSalt is not null)
        {
            root.Add("encryptionsalt", file.EncryptionSalt);
        }

        if (file.Config.Count > 0)
        {
            root.Add("config", Mapping(file.Config));
        }

        return Yaml(root);
    }

    /// <summary>The YAML of config entries alone, as a mapping (one entry, to write it under <c>config:</c>).</summary>
    internal static string Render(IReadOnlyList<KeyValuePair<string, ConfigValue>> config) => Yaml(Mapping(config));

    private static YamlMappingNode Mapping(IReadOnlyList<KeyValuePair<string, ConfigValue>> config)
    {
        var mapping = new YamlMappingNode();
        foreach (var (key, value) in config)
        {
            mapping.Add(new YamlScalarNode(key), Write(value));
        }

        return mapping;
    }

    private static string Yaml(YamlMappingNode root)
    {
        using var writer = new StringWriter();
        new YamlStream(new YamlDocument(root)).Save(writer, assignAnchors: false);
        return writer.ToString().ReplaceLineEndings("\n").TrimEnd().TrimEnd('.').TrimEnd() + "\n";
    }

    private static ConfigValue Read(string path, string key, YamlNode node) => node switch
    {
        YamlScalarNode scalar => ConfigValue.Plain(scalar.Value ?? ""),
        YamlMappingNode map when map.Children.Count == 1 && YamlNodes.Child(map, "secure") is YamlScalarNode { Value: { } ciphertext } => ConfigValue.Secure(ciphertext),
        YamlMappingNode or YamlSequenceNode => ConfigValue.Structured(Tree(path, key, node)),
        _ => throw new ConfigurationException($"{YamlNodes.At(path, node)}: config '{key}' holds a value of a kind Pulumi does not write."),
    };

    private static object Tree(string path, string key, YamlNode node) => node switch
    {
        YamlScalarNode scalar => ConfigValue.Plain(scalar.Value ?? ""),
        YamlMappingNode map when map.Children.Count == 1 && YamlNodes.Child(map, "secure") is YamlScalarNode { Value: { } ciphertext } => ConfigValue.Secure(ciphertext),
        YamlMappingNode map => map.Children.ToDictionary(p => YamlNodes.Key(path, p.Key), p => Tree(path, key, p.Value), StringComparer.Ordinal) as IReadOnlyDictionary<string, object>,
        YamlSequenceNode list => list.Children.Select(c => Tree(path, key, c)).ToList() as IReadOnlyList<object>,
        _ => throw new ConfigurationException($"{YamlNodes.At(path, node)}: config '{key}' holds a value of a kind Pulumi does not write."),
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
