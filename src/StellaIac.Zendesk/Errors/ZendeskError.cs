using System.Text.Json;

namespace StellaIac.Zendesk.Errors;

/// <summary>
/// Zendesk's error body, read from any of its envelopes: the classic
/// <c>{"error","description","details":{field:[{description,error}]}}</c>, the newer
/// <c>{"errors":[{code,title,detail}]}</c>, the webhooks <c>{"error":{code,title,message}}</c>, or plain text.
/// </summary>
public sealed record ZendeskError(string? Code, string? Message, IReadOnlyList<ZendeskFieldError> Details)
{
    public static ZendeskError Empty { get; } = new(null, null, []);

    public static ZendeskError Parse(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return Empty;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return FromJson(document.RootElement);
        }
        catch (JsonException)
        {
            var text = body.Trim();
            return new ZendeskError(null, text.Length > 500 ? text[..500] : text, []);
        }
    }

    /// <summary>This error with every occurrence of <paramref name="secrets"/> replaced by <c>[secret]</c>.</summary>
    public ZendeskError Redacted(IEnumerable<string> secrets)
    {
        var all = secrets.Where(s => s.Length > 0).ToList();
        string? Clean(string? text) => text is null ? null : all.Aggregate(text, (t, s) => t.Replace(s, "[secret]", StringComparison.Ordinal));
        return new ZendeskError(Clean(Code), Clean(Message), [.. Details.Select(d => d with { Description = Clean(d.Description)!, Code = Clean(d.Code) })]);
    }

    public override string ToString()
    {
        var head = (Code, Message) switch
        {
            (null, null) => "",
            (null, var message) => message,
            (var code, null) => code,
            var (code, message) => $"{code}: {message}",
        };
        return Details.Count == 0 ? head : $"{head}; {string.Join("; ", Details)}".TrimStart(';', ' ');
    }

    private static ZendeskError FromJson(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return new ZendeskError(null, root.ToString(), []);
        }

        var details = new List<ZendeskFieldError>();
        string? code = null;
        string? message = null;

        if (root.TryGetProperty("error", out var error))
        {
            if (error.ValueKind == JsonValueKind.String)
            {
                code = error.GetString();
            }
            else if (error.ValueKind == JsonValueKind.Object)
            {
                code = Text(error, "code");
                message = Text(error, "title") ?? Text(error, "message");
            }
        }

        message ??= Text(root, "description") ?? Text(root, "error_description");

        if (root.TryGetProperty("details", out var fieldDetails) && fieldDetails.ValueKind == JsonValueKind.Object)
        {
            foreach (var field in fieldDetails.EnumerateObject())
            {
                foreach (var item in Items(field.Value))
                {
                    details.Add(new ZendeskFieldError(
                        field.Name,
                        item.ValueKind == JsonValueKind.Object ? Text(item, "error") : null,
                        item.ValueKind == JsonValueKind.Object ? Text(item, "description") ?? item.ToString() : item.ToString()));
                }
            }
        }

        if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in errors.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object))
            {
                var field = Text(item, "field")
                    ?? (item.TryGetProperty("source", out var source) && source.ValueKind == JsonValueKind.Object ? Text(source, "pointer") : null)
                    ?? "base";
                var words = string.Join(": ", new[] { Text(item, "title"), Text(item, "detail") ?? Text(item, "message") }.Where(s => !string.IsNullOrEmpty(s)));
                details.Add(new ZendeskFieldError(field, Text(item, "code"), words));
            }

            code ??= details.Count > 0 ? details[0].Code : null;
        }

        return new ZendeskError(code, message, details);
    }

    private static List<JsonElement> Items(JsonElement value)
        => value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray()] : [value];

    private static string? Text(JsonElement element, string name)
        => element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value.ToString() : null;
}
