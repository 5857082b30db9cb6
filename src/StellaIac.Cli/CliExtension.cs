using System.CommandLine;

namespace StellaIac.Cli;

/// <summary>
/// A command a program adds: its name, help text, and what it does in a session with the parsed command line
/// (returns the exit code); <see cref="Options"/> are the command's own, read from the parse result.
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
