namespace StellaIac.Engine.Secrets;

/// <summary>The passphrase does not open this stack's secrets.</summary>
public sealed class IncorrectPassphraseException(string stackFile)
    : Exception($"incorrect passphrase: it does not decrypt the secrets of {stackFile}. Set PULUMI_CONFIG_PASSPHRASE (or PULUMI_CONFIG_PASSPHRASE_FILE) to the passphrase this stack was created with.")
{
    public string StackFile { get; } = stackFile;
}
