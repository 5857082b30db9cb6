using System.Text.Json.Nodes;

namespace StellaIac.Zendesk.AccountSettings;

/// <summary>The account's settings, sections of name/value pairs (tickets.assign_tickets_upon_solve ...).</summary>
public sealed class AccountSettings(JsonObject values)
{
    public JsonObject Values { get; } = values;

    /// <summary>The value at a dotted path such as <c>tickets.assign_tickets_upon_solve</c>; null when absent.</summary>
    public JsonNode? Get(string path)
    {
        JsonNode? node = Values;
        foreach (var part in SettingPath.Split(path))
        {
            node = node is JsonObject section && section.TryGetPropertyValue(part, out var child) ? child : null;
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    public bool Contains(string path) => Get(path) is not null;
}
