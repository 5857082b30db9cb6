using System.Security.Cryptography;
using StellaIac.Engine.Configuration;

namespace StellaIac.Engine.Secrets;

/// <summary>
/// A stack's passphrase crypter, opened (or, for a stack without an encryption salt, created) only when a
/// secret is first read or written, so the costly key derivation happens at most once per run.
/// </summary>
public sealed class StackSecrets(StackFile stack, Func<string> passphrase)
{
    private PassphraseCrypter? crypter;
    private string? stateSalt;

    /// <summary>True when this run created the salt; the stack file must then be saved with it.</summary>
    public bool CreatedSalt { get; private set; }

    public string? EncryptionSalt => crypter?.EncryptionSalt ?? stack.EncryptionSalt ?? stateSalt;

    /// <summary>The salt the state was written with, used when the stack file has none (its encryptionsalt is the source of truth).</summary>
    public void UseStateSalt(string? salt) => stateSalt ??= salt;

    public ISecretCrypter Crypter => crypter ??= Open();

    /// <summary>The stack file's secret <paramref name="key"/>, decrypted; a value that does not decrypt names the file, the key and what to do.</summary>
    public string DecryptConfig(string key, string ciphertext)
    {
        try
        {
            return Crypter.Decrypt(ciphertext);
        }
        catch (CryptographicException)
        {
            throw new ConfigurationException(
                $"{stack.Path}: the secret '{key}' does not decrypt with this stack's passphrase: its secure: value was changed or damaged. "
                + $"Restore the line from version control, or set the value again with `config set --secret {key} <value>`.");
        }
    }

    private PassphraseCrypter Open()
    {
        if (stack.SecretsProvider is { } provider && provider != "passphrase")
        {
            throw new ConfigurationException($"{stack.Path} uses the secrets provider '{provider}'; the embedded engine supports Pulumi's passphrase provider only.");
        }

        if ((stack.EncryptionSalt ?? stateSalt) is { } salt)
        {
            return PassphraseCrypter.Open(salt, passphrase(), stack.Path);
        }

        if (stack.Config.Any(p => p.Value.IsSecure))
        {
            throw new ConfigurationException(
                $"{stack.Path} holds secure: values but no encryptionsalt, so they cannot be decrypted. "
                + "Restore its encryptionsalt line from version control, or remove the secure: values and set them again with `config set --secret`.");
        }

        CreatedSalt = true;
        return PassphraseCrypter.Create(passphrase());
    }
}
