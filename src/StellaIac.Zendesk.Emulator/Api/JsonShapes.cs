using System.Text.Json;
using System.Text.Json.Nodes;

namespace StellaIac.Zendesk.Emulator.Api;

/// <summary>
/// The JSON types Zendesk takes for each writable property of an object, checked before anything is stored:
/// Zendesk refuses a string where it wants a boolean, or a condition that is not an object, with a 4xx;
/// storing it would break every later read.
/// </summary>
internal static class JsonShapes
{
    private delegate IEnumerable<string> Rule(JsonNode node, string path);

    private static readonly Rule Text = Kind(JsonValueKind.String, "a string");
    private static readonly Rule Boolean = Kind(JsonValueKind.True, "true or false", JsonValueKind.False);
    private static readonly Rule Integer = (node, path) => IsWhole(node) ? [] : [$"{path}: must be a whole number, not {Show(node)}"];
    private static readonly Rule Id = Kind(JsonValueKind.Number, "an id (a number or a string)", JsonValueKind.String);
    private static readonly Rule Texts = ArrayOf(Text);
    private static readonly Rule Object = Kind(JsonValueKind.Object, "an object");
    private static readonly Rule Condition = Fields(("field", Text, true), ("operator", Text, true));
    private static readonly Rule Action = Fields(("field", Text, true));
    private static readonly Rule Conditions = Fields(("all", ArrayOf(Condition), false), ("any", ArrayOf(Condition), false));

    private static readonly (string Name, Rule Rule, bool Required)[] RuleObject =
    [
        ("title", Text, false), ("active", Boolean, false), ("position", Integer, false), ("category_id", Id, false),
        ("description", Text, false), ("conditions", Conditions, false), ("actions", ArrayOf(Action), false),
    ];

    private static readonly Dictionary<string, Rule> ByEnvelope = new(StringComparer.Ordinal)
    {
        ["trigger"] = Fields(RuleObject),
        ["automation"] = Fields(RuleObject),
        ["webhook"] = Fields(
            ("name", Text, false), ("endpoint", Text, false), ("http_method", Text, false), ("request_format", Text, false),
            ("status", Text, false), ("description", Text, false), ("subscriptions", Texts, false), ("authentication", Object, false),
            ("custom_headers", Object, false)),
        ["ticket_field"] = Fields(
            ("type", Text, false), ("title", Text, false), ("description", Text, false), ("active", Boolean, false), ("required", Boolean, false),
            ("tag", Text, false), ("position", Integer, false), ("custom_field_options", ArrayOf(Object), false)),
        ["trigger_category"] = Fields(("name", Text, false), ("position", Integer, false)),
    };

    /// <summary>Each property of the body under <paramref name="envelope"/> that has the wrong JSON type, as (path, what it must be).</summary>
    public static IReadOnlyList<(string Path, string Problem)> Problems(string envelope, JsonObject body)
        => ByEnvelope.TryGetValue(envelope, out var rule)
            ? [.. rule(body, "").Select(p => (p[..p.IndexOf(':', StringComparison.Ordinal)], p))]
            : [];

    private static Rule Kind(JsonValueKind kind, string what, JsonValueKind? alternative = null)
        => (node, path) => node.GetValueKind() == kind || node.GetValueKind() == alternative
            ? []
            : [$"{path}: must be {what}, not {Show(node)}"];

    private static Rule ArrayOf(Rule item)
        => (node, path) => node is JsonArray items
            ? items.SelectMany((element, index) => element is null ? [$"{path}[{index}]: must not be null"] : item(element, $"{path}[{index}]"))
            : [$"{path}: must be a list, not {Show(node)}"];

    private static Rule Fields(params (string Name, Rule Rule, bool Required)[] fields)
        => (node, path) =>
        {
            if (node is not JsonObject body)
            {
                return [$"{path}: must be an object, not {Show(node)}"];
            }

            var prefix = path.Length == 0 ? "" : path + ".";
            return fields.SelectMany(f => body[f.Name] is { } value ? f.Rule(value, prefix + f.Name)
                : f.Required ? [$"{prefix}{f.Name}: is required"]
                : []);
        };

    private static bool IsWhole(JsonNode node)
        => node.GetValueKind() == JsonValueKind.Number && node.AsValue().TryGetValue<long>(out _);

    private static string Show(JsonNode node)
    {
        var text = node.ToJsonString();
        return text.Length > 40 ? text[..40] + "..." : text;
    }
}
