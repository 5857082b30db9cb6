namespace StellaIac.Engine.Secrets;

/// <summary>
/// Reads state without the passphrase: every secret reads as a secret null, so what is plain (another
/// stack's outputs, its resource count) can be read and nothing secret is revealed. It never encrypts.
/// </summary>
public sealed class UnopenedSecrets : ISecretCrypter
{
    public static UnopenedSecrets Instance { get; } = new();

    private UnopenedSecrets()
    {
    }

    public string Encrypt(string plaintext) => throw new InvalidOperationException("Secrets cannot be written without the stack's passphrase.");

    public string Decrypt(string ciphertext) => "null";
}
