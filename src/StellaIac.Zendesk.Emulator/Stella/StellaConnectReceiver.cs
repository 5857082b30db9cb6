using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace StellaIac.Zendesk.Emulator.Stella;

/// <summary>
/// Stella Connect's request endpoint, answered in-process so that no delivery leaves the machine. It checks
/// what Stella checks: basic auth as <c>connect:&lt;API key&gt;</c> (403 otherwise) and a JSON request
/// carrying a channel and the employee (400 otherwise), and records each delivery.
/// </summary>
public sealed class StellaConnectReceiver(IReadOnlyList<string> acceptedKeys)
{
    public const string Username = "connect";
    public static readonly Uri Endpoint = new("https://api.stellaconnect.net/v1/auth");

    public static bool Handles(string? endpoint)
        => Uri.TryCreate(endpoint, UriKind.Absolute, out var uri)
           && uri.Scheme == Uri.UriSchemeHttps
           && string.Equals(uri.Host, Endpoint.Host, StringComparison.OrdinalIgnoreCase)
           && uri.AbsolutePath.TrimEnd('/') == Endpoint.AbsolutePath;

    /// <summary>The fingerprint a delivery record keeps in place of the key.</summary>
    public static string Fingerprint(string key)
        => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16];

    internal StellaAnswer Receive(string method, string? username, string? password, string payload, DateTimeOffset now)
    {
        var record = new JsonObject
        {
            ["received_at"] = Account.EmulatorAccount.Timestamp(now),
            ["username"] = username,
            ["key_fingerprint"] = string.IsNullOrEmpty(password) ? null : Fingerprint(password),
        };

        var answer = Check(method, username, password, payload, record);
        record["status"] = answer.Status;
        return answer with { Record = record };
    }

    private StellaAnswer Check(string method, string? username, string? password, string payload, JsonObject record)
    {
        if (!string.Equals(method, "POST", StringComparison.OrdinalIgnoreCase))
        {
            return Answer(405, "method_not_allowed", "Stella Connect's request endpoint takes POST.");
        }

        if (username != Username || string.IsNullOrEmpty(password) || (acceptedKeys.Count > 0 && !acceptedKeys.Contains(password)))
        {
            return Answer(403, "authentication_failed", "Invalid API credentials: use basic auth with username 'connect' and your Stella Connect API key.");
        }

        JsonObject request;
        try
        {
            request = JsonNode.Parse(payload) as JsonObject ?? throw new JsonException("the body is not a JSON object");
        }
        catch (JsonException ex)
        {
            record["payload"] = payload;
            return Answer(400, "validation_error", $"The request body is not valid JSON: {ex.Message}");
        }

        record["payload"] = request.DeepClone();
        var problems = StellaRequestRules.Check(request);
        if (problems.Count > 0)
        {
            return Answer(400, "validation_error", string.Join("; ", problems));
        }

        var echoed = request.DeepClone().AsObject();
        echoed["id"] = Guid.NewGuid().ToString("N");
        return new StellaAnswer(200, echoed.ToJsonString(), null);
    }

    private static StellaAnswer Answer(int status, string type, string detail)
        => new(status, new JsonObject { ["type"] = type, ["status"] = status, ["detail"] = detail }.ToJsonString(), null);
}
