using System.Security.Cryptography;
using System.Text;

namespace Pulumi.Zendesk;

/// <summary>
/// A keyed fingerprint (HMAC-SHA256) of a credential Zendesk never returns, kept in state in its place so
/// that a change of the credential in the stack (the test key for the production key) is seen and sent.
/// The key is fixed and versioned so that fingerprints compare across the stacks of a project; the
/// credentials are high-entropy keys, which is what keeps the fingerprint from revealing them.
/// </summary>
public static class Fingerprint
{
    private static readonly byte[] Key = Encoding.UTF8.GetBytes("stellaiac:credential-fingerprint:v1");

    public static string Of(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return "hmac-sha256:" + Convert.ToHexStringLower(HMACSHA256.HashData(Key, Encoding.UTF8.GetBytes(secret)))[..32];
    }
}
