namespace StellaIac.Cli.Commands;

/// <summary>What stack output was asked to show: one output or all, secrets revealed or not, as text or JSON.</summary>
internal sealed record StackOutputSettings(string? Name, bool ShowSecrets, bool Json);
