
namespace StellaIac.StellaConnect;

/// <summary>Stella Connect's credentials: basic auth with username "connect" and the API key as password.</summary>
public static class StellaKey
{
    public const string Username = "connect";
    public const string Endpoint = "https://api.stellaconnect.net/v1/auth";

    /// <summary>The fingerprint the webhook keeps in state (<c>authenticationFingerprint</c>) for this key.</summary>
    public static string Fingerprint(string apiKey) => StellaIac.Engine.Secrets.SecretFingerprint.Of($"basic_auth\n{Username}\n{apiKey}");
}
