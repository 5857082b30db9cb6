namespace StellaIac.Engine.Secrets;

/// <summary>Encrypts and decrypts secret values for stack files and state.</summary>
public interface ISecretCrypter
{
    string Encrypt(string plaintext);

    string Decrypt(string ciphertext);
}
