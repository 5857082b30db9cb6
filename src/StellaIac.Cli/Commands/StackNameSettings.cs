namespace StellaIac.Cli.Commands;

/// <summary>What stack init or select was asked to act on: the stack's name.</summary>
internal sealed record StackNameSettings(string Name);
