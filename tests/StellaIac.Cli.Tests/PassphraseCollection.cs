namespace StellaIac.Cli.Tests;

/// <summary>Test classes that set PULUMI_CONFIG_PASSPHRASE (stacks off the emulator read it) run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class PassphraseCollection
{
    public const string Name = "passphrase";
}
