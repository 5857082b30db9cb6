using System.Security.Cryptography;
using System.Text;

namespace StellaIac.Engine.Secrets;

/// <summary>
/// The one fingerprint of a secret: a keyed HMAC-SHA256, kept in state in place of a credential the service
/// never returns (so a change of it is seen and sent), and shown where two stacks' secrets are compared.
/// The key is fixed and versioned so that fingerprints compare across the stacks of a project; the
/// credentials are high-entropy keys, which is what keeps the fingerprint from revealing them.
/// </summary>
public static class SecretFingerprint
{
    private static readonly byte[] Key = Encoding.UTF8.GetBytes("stellaiac:credential-fingerprint:v1");

    public static string Of(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return "hmac-sha256:" + Convert.ToHexStringLower(HMACSHA256.HashData(Key, Encoding.UTF8.GetBytes(secret)))[..32];
    }
}
