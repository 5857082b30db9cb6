using System.Security.Cryptography;
using System.Text;

namespace StellaIac.Engine.Secrets;

/// <summary>
/// Pulumi's passphrase secrets provider, bit for bit: the key is PBKDF2-HMAC-SHA256 of the passphrase with
/// an 8-byte salt and 1,000,000 iterations; values are AES-256-GCM with a 12-byte nonce, written
/// <c>v1:&lt;base64 nonce&gt;:&lt;base64 ciphertext+tag&gt;</c>. The stack's <c>encryptionsalt</c> is
/// <c>v1:&lt;base64 salt&gt;:</c> followed by the encryption of "pulumi", which checks the passphrase.
/// The key is derived once per crypter.
/// </summary>
public sealed class PassphraseCrypter : ISecretCrypter
{
    private const int Iterations = 1_000_000;
    private const int TagSize = 16;
    private const int NonceSize = 12;
    private const string CheckValue = "pulumi";
    private readonly byte[] key;

    private PassphraseCrypter(byte[] key, string encryptionSalt)
    {
        this.key = key;
        EncryptionSalt = encryptionSalt;
    }

    /// <summary>The value for the stack file's <c>encryptionsalt</c> (and the state's secrets provider).</summary>
    public string EncryptionSalt { get; }

    /// <summary>A new salt for a new stack.</summary>
    public static PassphraseCrypter Create(string passphrase)
    {
        ArgumentNullException.ThrowIfNull(passphrase);
        var salt = RandomNumberGenerator.GetBytes(8);
        var key = Derive(passphrase, salt);
        var check = Encrypt(key, CheckValue);
        return new PassphraseCrypter(key, $"v1:{Convert.ToBase64String(salt)}:{check}");
    }

    /// <summary>Opens an existing stack's secrets; a wrong passphrase is an <see cref="IncorrectPassphraseException"/>.</summary>
    public static PassphraseCrypter Open(string encryptionSalt, string passphrase, string stackFile)
    {
        ArgumentNullException.ThrowIfNull(encryptionSalt);
        ArgumentNullException.ThrowIfNull(passphrase);
        var parts = encryptionSalt.Split(':', 3);
        if (parts.Length != 3 || parts[0] != "v1")
        {
            throw new FormatException($"the encryptionsalt in {stackFile} is not in Pulumi's 'v1:<salt>:<check>' format.");
        }

        byte[] salt;
        try
        {
            salt = Convert.FromBase64String(parts[1]);
        }
        catch (FormatException ex)
        {
            throw new FormatException($"the encryptionsalt in {stackFile} has a salt that is not base64.", ex);
        }

        var key = Derive(passphrase, salt);
        string check;
        try
        {
            check = Decrypt(key, parts[2]);
        }
        catch (CryptographicException)
        {
            throw new IncorrectPassphraseException(stackFile);
        }

        return check == CheckValue ? new PassphraseCrypter(key, encryptionSalt) : throw new IncorrectPassphraseException(stackFile);
    }

    public string Encrypt(string plaintext) => Encrypt(key, plaintext);

    public string Decrypt(string ciphertext) => Decrypt(key, ciphertext);

    private static byte[] Derive(string passphrase, byte[] salt)
        => Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(passphrase), salt, Iterations, HashAlgorithmName.SHA256, 32);

    private static string Encrypt(byte[] key, string plaintext)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        var nonce = RandomNumberGenerator.GetBytes(NonceSize);
        var clear = Encoding.UTF8.GetBytes(plaintext);
        var sealedBytes = new byte[clear.Length + TagSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, clear, sealedBytes.AsSpan(0, clear.Length), sealedBytes.AsSpan(clear.Length));
        return $"v1:{Convert.ToBase64String(nonce)}:{Convert.ToBase64String(sealedBytes)}";
    }

    private static string Decrypt(byte[] key, string ciphertext)
    {
        ArgumentNullException.ThrowIfNull(ciphertext);
        var parts = ciphertext.Split(':');
        if (parts.Length != 3 || parts[0] != "v1")
        {
            throw new CryptographicException("The value is not a 'v1:<nonce>:<ciphertext>' secret.");
        }

        byte[] nonce;
        byte[] sealedBytes;
        try
        {
            nonce = Convert.FromBase64String(parts[1]);
            sealedBytes = Convert.FromBase64String(parts[2]);
        }
        catch (FormatException ex)
        {
            throw new CryptographicException("The secret is not base64.", ex);
        }

        if (nonce.Length != NonceSize || sealedBytes.Length < TagSize)
        {
            throw new CryptographicException("The secret is too short to be AES-GCM.");
        }

        var clear = new byte[sealedBytes.Length - TagSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(nonce, sealedBytes.AsSpan(0, clear.Length), sealedBytes.AsSpan(clear.Length), clear);
        return Encoding.UTF8.GetString(clear);
    }
}
