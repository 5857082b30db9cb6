namespace StellaIac.Cli.Commands;

/// <summary>What promote was asked to do: the stack to apply to, and whether it may apply without asking.</summary>
internal sealed record PromoteSettings(string To, bool Yes, bool Interactive);
