using System.Text.Json.Nodes;

namespace StellaIac.Zendesk.AccountSettings;

/// <summary>Dotted setting paths (<c>section.name</c>) and the nested objects they stand for.</summary>
public static class SettingPath
{
    public static IReadOnlyList<string> Split(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var parts = path.Split('.');
        if (parts.Length < 2 || parts.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException($"'{path}' is not a setting path: write section.name, e.g. tickets.assign_tickets_upon_solve.", nameof(path));
        }

        return parts;
    }

    /// <summary>The nested object that sets <paramref name="path"/> to <paramref name="value"/> and nothing else.</summary>
    public static JsonObject Change(string path, JsonNode? value)
    {
        var parts = Split(path);
        JsonNode? node = value;
        for (var i = parts.Count - 1; i >= 0; i--)
        {
            node = new JsonObject { [parts[i]] = node };
        }

        return (JsonObject)node!;
    }
}
