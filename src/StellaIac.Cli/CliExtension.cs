using System.CommandLine;

namespace StellaIac.Cli;

/// <summary>
/// A command a program adds: its name, help text, its own options, and what it does in a session (returns the
/// exit code; the parse result gives the options' values).
/// </summary>
public sealed record CliExtension(string Name, string Description, Func<CliSession, ParseResult, CancellationToken, Task<int>> Run)
{
    /// <summary>A command with no options of its own.</summary>
    public CliExtension(string name, string description, Func<CliSession, CancellationToken, Task<int>> run)
        : this(name, description, (session, _, ct) => run(session, ct))
    {
    }

    public IReadOnlyList<Option> Options { get; init; } = [];
}
