using System.Text.Json.Nodes;

namespace StellaIac.Zendesk.Emulator.Pipeline;

/// <summary>The API requests the emulator answered, oldest first. Credentials in bodies are redacted.</summary>
public sealed class RequestLog
{
    private readonly Lock gate = new();
    private readonly List<LoggedRequest> entries = [];

    public IReadOnlyList<LoggedRequest> Entries
    {
        get
        {
            lock (gate)
            {
                return [.. entries];
            }
        }
    }

    public void Add(LoggedRequest entry)
    {
        lock (gate)
        {
            entries.Add(entry);
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            entries.Clear();
        }
    }

    private static readonly string[] OAuthSecrets = ["client_secret", "refresh_token"];

    /// <summary>A copy of <paramref name="body"/> with every <c>authentication.data</c>, OAuth client secret and refresh token replaced by "[redacted]".</summary>
    internal static JsonNode? Redact(JsonNode? body)
    {
        var copy = body?.DeepClone();
        Walk(copy);
        return copy;

        static void Walk(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject obj:
                    if (obj["authentication"] is JsonObject auth && auth.ContainsKey("data"))
                    {
                        auth["data"] = "[redacted]";
                    }

                    foreach (var secret in OAuthSecrets.Where(obj.ContainsKey))
                    {
                        obj[secret] = "[redacted]";
                    }

                    foreach (var child in obj.Select(p => p.Value).ToList())
                    {
                        Walk(child);
                    }

                    break;
                case JsonArray array:
                    foreach (var child in array)
                    {
                        Walk(child);
                    }

                    break;
            }
        }
    }
}
