using StellaIac.Engine.Secrets;

namespace StellaIac.Engine.Tests;

/// <summary>One passphrase crypter for the tests that need any: the key derivation is deliberately slow.</summary>
internal static class TestCrypter
{
    private static readonly Lazy<PassphraseCrypter> Shared = new(() => PassphraseCrypter.Create("test-passphrase"));

    public static PassphraseCrypter Instance => Shared.Value;
}
