namespace StellaIac.Cli;

/// <summary>A command a program adds: its name, help text, and what it does in a session (returns the exit code).</summary>
public sealed record CliExtension(string Name, string Description, Func<CliSession, CancellationToken, Task<int>> Run);
