namespace StellaIac.Cli.Commands;

/// <summary>What config get or rm was asked to act on: namespace:name, or a name in the project's namespace.</summary>
internal sealed record ConfigKeySettings(string Key);
