using System.Text.Json;
using StellaIac.Engine.Configuration;
using StellaIac.Engine.Values;

namespace StellaIac.Engine.PulumiHost;

/// <summary>
/// The stack's config as the Pulumi engine passes it: PULUMI_CONFIG (every value as text, secrets already
/// decrypted) and PULUMI_CONFIG_SECRET_KEYS (which of them stay secret). Kept apart from the embedded
/// engine's stack-file reading, so a workspace can take it over.
/// </summary>
public static class PulumiConfigReader
{
    public static StackConfiguration Read(string project, string? configJson, string? secretKeysJson)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(project);
        return Build(project, ParseConfig(configJson), ParseSecretKeys(project, secretKeysJson), "PULUMI_CONFIG");
    }

    /// <summary>The same config as a Construct request carries it: a map of key to text and the list of secret keys.</summary>
    public static StackConfiguration Read(string project, IReadOnlyDictionary<string, string> values, IEnumerable<string> secretKeys)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(project);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(secretKeys);
        return Build(project, values, [.. secretKeys.Select((k, i) => Key(k, project, $"configSecretKeys[{i}]").ToString())], "config");
    }

    private static StackConfiguration Build(string project, IReadOnlyDictionary<string, string> values, HashSet<string> secretKeys, string place)
    {
        var entries = new List<ConfigEntry>();
        foreach (var (text, value) in values)
        {
            var key = Key(text, project, place);
            entries.Add(new ConfigEntry(key, new PropertyValue(value), secretKeys.Contains(key.ToString())));
        }

        return StackConfiguration.Empty(project).With(entries);
    }

    private static Dictionary<string, string> ParseConfig(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        using var document = Parse(json, "PULUMI_CONFIG", JsonValueKind.Object, "a JSON object of \"namespace:key\": \"value\"");
        return document.RootElement.EnumerateObject().ToDictionary(
            p => p.Name,
            // Values arrive as strings; a structured value (set with --path) is its JSON text, as Pulumi's SDKs read it.
            p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText(),
            StringComparer.Ordinal);
    }

    private static HashSet<string> ParseSecretKeys(string project, string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        using var document = Parse(json, "PULUMI_CONFIG_SECRET_KEYS", JsonValueKind.Array, "a JSON array of config keys");
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (item, index) in document.RootElement.EnumerateArray().Select((item, index) => (item, index)))
        {
            keys.Add(item.ValueKind == JsonValueKind.String
                ? Key(item.GetString()!, project, $"PULUMI_CONFIG_SECRET_KEYS[{index}]").ToString()
                : throw new PulumiHostException($"PULUMI_CONFIG_SECRET_KEYS[{index}] must be a config key (a string), got {item.ValueKind}."));
        }

        return keys;
    }

    private static JsonDocument Parse(string json, string variable, JsonValueKind kind, string expected)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new PulumiHostException($"{variable} is not valid JSON ({ex.Message}); expected {expected}.", ex);
        }

        var actual = document.RootElement.ValueKind;
        if (actual != kind)
        {
            document.Dispose();
            throw new PulumiHostException($"{variable} must be {expected}, got a JSON {actual}.");
        }

        return document;
    }

    private static ConfigKey Key(string text, string project, string place)
    {
        try
        {
            return ConfigKey.Parse(text, project);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            throw new PulumiHostException($"{place}: {ex.Message}", ex);
        }
    }
}
