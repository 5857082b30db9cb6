using System.Text.Json;
using System.Text.Json.Nodes;

namespace StellaIac.Zendesk.Emulator.Stella;

/// <summary>What Stella's request API requires of a request (channel, employee, tags, do_not_send).</summary>
internal static class StellaRequestRules
{
    private const int MaxTags = 20;

    public static IReadOnlyList<string> Check(JsonObject request)
    {
        var problems = new List<string>();
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

    private static string? Text(JsonNode? node)
        => node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    private static bool IsBoolean(JsonNode node)
        => node.GetValueKind() is JsonValueKind.True or JsonValueKind.False
           || Text(node) is "true" or "false" or "";
}
