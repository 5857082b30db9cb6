using System.CommandLine;
using StellaIac.Engine.Configuration;
using StellaIac.Engine.Deploy;
using StellaIac.Engine.Secrets;
using StellaIac.Engine.State;

namespace StellaIac.Cli.Hosting;

/// <summary>What every command shares: the program, the global options, the writers; opening a session and mapping failures to exit codes.</summary>
internal sealed class CommandContext(CliProgram program, GlobalOptions globals, TextWriter output, TextWriter error)
{
    public CliProgram Program { get; } = program;

    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    public bool Interactive(ParseResult parse)
        => !parse.GetValue(globals.NonInteractive) && Environment.GetEnvironmentVariable("CI") is not ("true" or "1") && !Console.IsInputRedirected;

    /// <summary>Runs <paramref name="action"/> in a session; every failure is one clear message and its exit code.</summary>
    public async Task<int> RunAsync(ParseResult parse, Func<CliSession, Task<int>> action, string? stackOverride = null, bool requireStack = true)
    {
        try
        {
            var directory = parse.GetValue(globals.Cwd) is { } cwd ? Path.GetFullPath(cwd) : Directory.GetCurrentDirectory();
            await using var session = new CliSession(directory, stackOverride ?? parse.GetValue(globals.Stack), requireStack, Interactive(parse), Output, Error);
            var code = await action(session);
            session.PersistSalt();
            return code;
        }
        catch (Exception ex) when (ExitCode(ex) is { } code)
        {
            await Error.WriteLineAsync($"error: {ex.Message}");
            return code;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Not a failure this CLI knows: still one message, with what it was, and Pulumi's internal-error code.
            await Error.WriteLineAsync($"error: {ex.GetType().Name}: {ex.Message}");
            return ExitCodes.Internal;
        }
    }

    /// <summary>The exit code of an operation: failures by cause, then 7 when changes were not expected.</summary>
    public int ExitFor(DeploymentResult result, bool expectNoChanges)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.Succeeded)
        {
            var causes = result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.Cause).OfType<Exception>().ToList();
            return causes.Select(c => Program.ExitCodeFor(c) ?? (IsConfiguration(c) ? ExitCodes.ConfigurationError : null)).FirstOrDefault(c => c is not null) ?? ExitCodes.Failed;
        }

        return expectNoChanges && result.HasChanges ? ExitCodes.ChangesFound : ExitCodes.Success;
    }

    private int? ExitCode(Exception ex) => ex switch
    {
        OperationCanceledException => null,
        _ when Program.ExitCodeFor(ex) is { } code => code,
        _ when IsConfiguration(ex) => ExitCodes.ConfigurationError,
        StateException or IOException or UnauthorizedAccessException or InvalidOperationException => ExitCodes.Failed,
        _ => null,
    };

    private static bool IsConfiguration(Exception ex)
        => ex is ConfigurationException or PassphraseUnavailableException or IncorrectPassphraseException or FormatException;
}
