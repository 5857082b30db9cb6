namespace StellaIac.Cli.Commands;

/// <summary>What config set was asked to write: the key, the value (null: read it from the console's input), and whether it is a secret.</summary>
internal sealed record ConfigSetSettings(string Key, string? Value, bool Secret);
