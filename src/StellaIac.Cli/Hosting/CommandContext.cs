using System.CommandLine;
using StellaIac.Engine.Configuration;
using StellaIac.Engine.Deploy;
using StellaIac.Engine.Secrets;
using StellaIac.Engine.State;
using StellaIac.Engine.Workspaces;

namespace StellaIac.Cli.Hosting;

/// <summary>What every command shares: the program, the global options, the writers; opening a session and mapping failures to exit codes.</summary>
internal sealed class CommandContext(CliProgram program, GlobalOptions globals, CliHostOptions host)
{
    public CliProgram Program { get; } = program;

    public ICliConsole Console { get; } = host.Console;

    public TextWriter Output => Console.Output;

    public TextWriter Error => Console.ErrorOutput;

    public bool Interactive(ParseResult parse)
        => !parse.GetValue(globals.NonInteractive) && host.Environment.Get("CI") is not ("true" or "1") && !Console.IsInputRedirected;

    /// <summary>A session on a stack of the workspace.</summary>
    public CliSession OpenSession(LocalWorkspace workspace, string? stack, bool requireStack = true)
        => new(workspace, stack, requireStack, Output, Error);

    /// <summary>True when --yes was given or the user answers yes; without a prompt, says --yes is needed.</summary>
    public async Task<bool> ConfirmAsync(bool yes, bool interactive, string what)
    {
        if (yes)
        {
            return true;
        }

        if (!interactive)
        {
            await Error.WriteLineAsync($"error: --yes must be passed to {what} without a prompt (--non-interactive, CI, or no terminal).");
            return false;
        }

        await Output.WriteAsync($"Do you want to {what}? [yes/no] ");
        return ((await Console.Input.ReadLineAsync()) ?? "").Trim().ToLowerInvariant() is "yes" or "y";
    }

    /// <summary>Runs <paramref name="action"/> in a session; every failure is one clear message and its exit code.</summary>
    public async Task<int> RunAsync(ParseResult parse, Func<CliSession, Task<int>> action, string? stackOverride = null, bool requireStack = true)
    {
        try
        {
            var directory = parse.GetValue(globals.Cwd) is { } cwd ? Path.GetFullPath(cwd) : Directory.GetCurrentDirectory();
            await using var session = OpenSession(OpenWorkspace(parse, directory), stackOverride ?? parse.GetValue(globals.Stack), requireStack);
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

    /// <summary>The project in <paramref name="directory"/>, with this host's environment, passphrase prompt and the program's local backends.</summary>
    private LocalWorkspace OpenWorkspace(ParseResult parse, string directory)
    {
        var interactive = Interactive(parse);
        return LocalWorkspace.Open(directory, new WorkspaceOptions
        {
            Environment = host.Environment,
            PromptPassphrase = interactive ? stack => PromptHidden($"Enter the passphrase of the stack '{stack}': ") : null,
            LocalBackends = Program.LocalBackends,
            ProviderConfig = Program.ProviderConfig,
        });
    }

    private string PromptHidden(string prompt)
    {
        Error.Write(prompt);
        return Console.ReadHidden();
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
