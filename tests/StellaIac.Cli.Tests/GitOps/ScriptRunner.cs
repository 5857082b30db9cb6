using System.Diagnostics;

namespace StellaIac.Cli.Tests.GitOps;

/// <summary>Runs a workflow script of the repository (by its name in .github/scripts) or another program as a real process.</summary>
internal static class ScriptRunner
{
    public static string Root { get; } = RepositoryRoot.Path;

    public static async Task<(int Code, string Output, string Error)> RunAsync(
        string workingDirectory, IReadOnlyDictionary<string, string> environment, string program, params string[] args)
    {
        var script = Path.Combine(Root, ".github", "scripts", program);
        var start = new ProcessStartInfo(File.Exists(script) ? script : program)
        {
            WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
