using System.Collections.Immutable;
using System.Globalization;
using StellaIac.Engine.Secrets;
using StellaIac.Engine.Values;

namespace StellaIac.Engine.Configuration;

/// <summary>
/// The config of one stack for one run: the stack file's values decrypted, the project's values and
/// defaults filled in, declared types checked, and every missing required key reported with the file to put it in.
/// </summary>
public sealed class StackConfiguration
{
    private readonly Dictionary<string, ConfigEntry> entries;

    private StackConfiguration(string project, string stackFile, Dictionary<string, ConfigEntry> entries)
    {
        Project = project;
        StackFilePath = stackFile;
        this.entries = entries;
    }

    public string Project { get; }

    public string StackFilePath { get; }

    public IEnumerable<ConfigEntry> Entries => entries.Values;

    public static StackConfiguration Empty(string project) => new(project, $"Pulumi.<stack>.yaml", []);

    public static StackConfiguration Build(ProjectFile project, StackFile stack, StackSecrets secrets)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(stack);
        ArgumentNullException.ThrowIfNull(secrets);
        var entries = new Dictionary<string, ConfigEntry>(StringComparer.Ordinal);
        foreach (var (text, value) in stack.Config)
        {
            var key = ConfigKey.Parse(text, project.Name);
            entries[key.ToString()] = new ConfigEntry(key, Decrypt(text, value, secrets), value.IsSecure);
        }

        var missing = new List<string>();
        foreach (var (text, spec) in project.Config)
        {
            var key = ConfigKey.Parse(text, project.Name);
            if (!entries.ContainsKey(text))
            {
                if ((spec.Value ?? spec.Default) is { } fallback)
                {
                    entries[text] = new ConfigEntry(key, new PropertyValue(fallback), spec.Secret);
                }
                else if (key.Namespace == project.Name && spec.Type is not null)
                {
                    missing.Add(text);
                }

                continue;
            }

            CheckType(stack.Path, text, spec, entries[text].Value.WithSecret(entries[text].IsSecret));
            if (spec.Secret && !entries[text].IsSecret)
            {
                throw new ConfigurationException($"{stack.Path}: '{text}' is declared secret in {ProjectFile.FileName} but stored in plain text; set it with `config set --secret {text} <value>`.");
            }
        }

        if (missing.Count > 0)
        {
            throw new ConfigurationException(
                $"{stack.Path} is missing required configuration: {string.Join(", ", missing)}. Set each with `config set {missing[0]} <value>`"
                + (missing.Any(m => project.Config[m].Secret) ? " (add --secret for secrets)." : "."));
        }

        return new StackConfiguration(project.Name, stack.Path, entries);
    }

    /// <summary>The same config with <paramref name="keys"/> marked secret (for tests that give plain values).</summary>
    public StackConfiguration WithSecrets(IReadOnlySet<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return new StackConfiguration(Project, StackFilePath, entries.ToDictionary(p => p.Key, p => keys.Contains(p.Key) ? p.Value with { IsSecret = true } : p.Value, StringComparer.Ordinal));
    }

    /// <summary>The same config with <paramref name="values"/> added or replaced (values a host supplies, such as the local emulator's address).</summary>
    public StackConfiguration With(IEnumerable<ConfigEntry> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var copy = new Dictionary<string, ConfigEntry>(entries, StringComparer.Ordinal);
        foreach (var value in values)
        {
            copy[value.Key.ToString()] = value;
        }

        return new StackConfiguration(Project, StackFilePath, copy);
    }

    public ConfigEntry? Find(string key) => entries.GetValueOrDefault(key);

    /// <summary>The values of one namespace by bare name (a provider's configuration).</summary>
    public ImmutableDictionary<string, PropertyValue> ForNamespace(string ns)
        => PropertyMap.Empty.SetItems(entries.Values.Where(e => e.Key.Namespace == ns).Select(e => new KeyValuePair<string, PropertyValue>(e.Key.Name, e.Value.WithSecret(e.IsSecret))));

    private static PropertyValue Decrypt(string key, ConfigValue value, StackSecrets secrets) => value switch
    {
        { Ciphertext: { } ciphertext } => new PropertyValue(secrets.DecryptConfig(key, ciphertext)),
        { Text: { } text } => new PropertyValue(text),
        { Tree: { } tree } => DecryptTree(key, tree, secrets),
        _ => PropertyValue.Null,
    };

    private static PropertyValue DecryptTree(string key, object node, StackSecrets secrets) => node switch
    {
        ConfigValue leaf => Decrypt(key, leaf, secrets),
        IReadOnlyDictionary<string, object> map => PropertyValue.FromMap(map.Select(p => new KeyValuePair<string, PropertyValue>(p.Key, DecryptTree($"{key}.{p.Key}", p.Value, secrets)))),
        IReadOnlyList<object> list => PropertyValue.FromArray(list.Select((item, index) => DecryptTree($"{key}[{index}]", item, secrets))),
        _ => PropertyValue.Null,
    };

    private static void CheckType(string file, string key, ProjectConfigSpec spec, PropertyValue value)
    {
        var text = value.TryGetString(out var s) ? s : null;
        var ok = spec.Type switch
        {
            null or "string" => true,
            "integer" => text is not null && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
            "boolean" => text is "true" or "false",
            "array" => value.Type == PropertyValueType.Array,
            "object" => value.Type == PropertyValueType.Map,
            _ => true,
        };
        if (!ok)
        {
            throw new ConfigurationException($"{file}: '{key}' must be {(spec.Type is "integer" ? "an" : "a")} {spec.Type} (declared in {ProjectFile.FileName}), got {value}.");
        }
    }
}
