namespace StellaIac.Engine.Secrets;

/// <summary>No passphrase could be had: the message says which variable to set.</summary>
public sealed class PassphraseUnavailableException(string message) : Exception(message);
