using System.Diagnostics;

namespace StellaIac.Cli.Tests;

/// <summary>The newcomer path as a user runs it: the built program in its own process, on a fresh copy of the project.</summary>
public sealed class NewcomerProcessTests : IDisposable
{
    private readonly TempProject project = new();

    public void Dispose() => project.Dispose();

    [Fact]
    public async Task Up_on_the_local_stack_then_preview_expecting_no_changes_exits_0()
    {
        var up = await RunAsync("up", "--stack", "local", "--yes");
        var preview = await RunAsync("preview", "--stack", "local", "--expect-no-changes");

        Assert.True(up.Code == 0, up.Output);
        Assert.True(preview.Code == 0, preview.Output);
        Assert.Contains("11 unchanged", preview.Output, StringComparison.Ordinal);
    }

    private async Task<(int Code, string Output)> RunAsync(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = project.Folder, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "infra.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await output + await error);
    }
}
