using System.Text.Json.Serialization;

namespace StellaIac.Zendesk.Webhooks;

/// <summary>
/// A webhook's authentication. Zendesk accepts <see cref="Data"/> on write; on read it returns of it only a
/// basic-auth username, never a password or token.
/// </summary>
public sealed record WebhookAuthentication
{
    public required string Type { get; init; }

    public string? AddPosition { get; init; } = "header";

    /// <summary>The credentials; write-only in Zendesk but for a basic-auth username.</summary>
    public IReadOnlyDictionary<string, string>? Data { get; init; }

    /// <summary>The credential values, which no message may show.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> SecretValues => Data is null ? [] : [.. Data.Where(kv => kv.Key != "username" && kv.Key != "name").Select(kv => kv.Value)];

    public static WebhookAuthentication Basic(string username, string password) => new()
    {
        Type = "basic_auth",
        Data = new Dictionary<string, string> { ["username"] = username, ["password"] = password },
    };

    public static WebhookAuthentication BearerToken(string token) => new()
    {
        Type = "bearer_token",
        Data = new Dictionary<string, string> { ["token"] = token },
    };

    public override string ToString() => SecretValues.Count == 0 ? $"{Type} ({AddPosition})" : $"{Type} ({AddPosition}, credentials [secret])";
}
