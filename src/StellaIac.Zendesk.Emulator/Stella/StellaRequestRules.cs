using System.Text.Json;
using System.Text.Json.Nodes;

namespace StellaIac.Zendesk.Emulator.Stella;

/// <summary>
/// What Stella's request schema requires of a request: its known keys only, a channel, the employee (email or
/// custom id), the customer's name and email as text, at most 20 tags, do_not_send true or false.
/// </summary>
internal static class StellaRequestRules
{
    private const int MaxTags = 20;

    private static readonly string[] Known = ["customer", "employee", "channel", "ext_interaction_id", "external_url", "do_not_send", "tags", "brand", "language", "country", "custom_properties"];
    private static readonly string[] CustomerKeys = ["name", "email", "custom_id"];
    private static readonly string[] EmployeeKeys = ["email", "custom_id"];

    public static IReadOnlyList<string> Check(JsonObject request)
    {
        var problems = new List<string>();
        problems.AddRange(request.Select(p => p.Key).Where(k => !Known.Contains(k)).Select(k => $"unknown key {k} (Stella takes {string.Join(", ", Known)})"));
        Nested(request, "customer", CustomerKeys, problems);
        Nested(request, "employee", EmployeeKeys, problems);
        if (request["custom_properties"] is { } properties && (properties is not JsonObject map || map.Any(p => p.Value?.GetValueKind() != JsonValueKind.String)))
        {
            problems.Add("custom_properties must be a flat map of text values");
        }

        foreach (var key in new[] { "ext_interaction_id", "external_url", "brand", "language", "country" })
        {
            if (request[key] is { } value && value.GetValueKind() is not (JsonValueKind.String or JsonValueKind.Number))
            {
                problems.Add($"{key} must be text");
            }
        }

        if (request["channel"] is not JsonValue channel || channel.GetValueKind() != JsonValueKind.String || string.IsNullOrWhiteSpace(channel.GetValue<string>()))
        {
            problems.Add("channel is required");
        }

        var employee = request["employee"] as JsonObject;
        if (string.IsNullOrWhiteSpace(Text(employee?["email"])) && string.IsNullOrWhiteSpace(Text(employee?["custom_id"])))
        {
            problems.Add("employee.email or employee.custom_id is required");
        }

        if (request["tags"] is JsonArray tags && tags.Count > MaxTags)
        {
            problems.Add($"at most {MaxTags} tags are accepted, got {tags.Count}");
        }
        else if (request["tags"] is { } tagsNode && tagsNode is not JsonArray)
        {
            problems.Add("tags must be a list");
        }

        if (request["do_not_send"] is { } doNotSend && !IsBoolean(doNotSend))
        {
            problems.Add($"do_not_send must be true or false, got {doNotSend.ToJsonString()}");
        }

        return problems;
    }

    private static void Nested(JsonObject request, string key, string[] allowed, List<string> problems)
    {
        if (request[key] is null)
        {
            return;
        }

        if (request[key] is not JsonObject inner)
        {
            problems.Add($"{key} must be an object");
            return;
        }

        problems.AddRange(inner.Select(p => p.Key).Where(k => !allowed.Contains(k)).Select(k => $"unknown key {key}.{k} ({key} takes {string.Join(", ", allowed)})"));
        problems.AddRange(inner.Where(p => p.Value is not null && p.Value.GetValueKind() != JsonValueKind.String).Select(p => $"{key}.{p.Key} must be text"));
    }

    private static string? Text(JsonNode? node)
        => node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    private static bool IsBoolean(JsonNode node)
        => node.GetValueKind() is JsonValueKind.True or JsonValueKind.False
           || Text(node) is "true" or "false" or "";
}
