using System.Diagnostics;
using StellaIac.Zendesk.Emulator.Pipeline;

namespace StellaIac.Cli.Tests;

/// <summary>
/// Drills with real processes: the built CLI killed (SIGKILL) in the middle of an up, and two ups of one stack at
/// once. After each, one more up converges with no duplicate webhook, field, category or trigger.
/// </summary>
public sealed class InterruptedRunTests : IAsyncLifetime
{
    private EmulatorStack stack = null!;

    public async Task InitializeAsync() => stack = await EmulatorStack.StartAsync("stella-drill-key", "zendesk-drill-token");

    public async Task DisposeAsync() => await stack.DisposeAsync();

    [Fact]
    public async Task An_up_killed_mid_apply_leaves_a_lock_the_next_up_takes_over_and_converges_without_duplicates()
    {
        // The first trigger create hangs, so the kill lands after the webhook, the field and the category were created.
        await stack.Control.AddFaultAsync(new Fault { Method = "POST", Path = "/api/v2/triggers", DelayMs = 60_000, AfterHandling = true });
        using (var up = StartCli("up", "--yes", "--stack", "test"))
        {
            await WaitForAsync(async () => (await stack.Control.RequestsAsync()).Any(r => r.Method == "POST" && r.Path.StartsWith("/api/v2/trigger_categories", StringComparison.Ordinal)));
            await Task.Delay(TimeSpan.FromMilliseconds(500));
            up.Kill(entireProcessTree: true);
            await up.WaitForExitAsync();
        }

        var lockFile = Assert.Single(Directory.GetFiles(stack.Project.Folder, "test.json", SearchOption.AllDirectories), f => f.Contains("locks", StringComparison.Ordinal));
        await stack.Control.ClearFaultsAsync();

        var again = await stack.Project.RunAsync("up", "--yes", "--stack", "test");

        Assert.True(again.Code == 0, again.Output + again.Error);
        Assert.Contains("was locked by a run that no longer runs", again.Output + again.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(lockFile));
        await stack.AssertNothingDuplicatedAsync();
        Assert.Equal(0, (await stack.Project.RunAsync("preview", "--expect-no-changes", "--stack", "test")).Code);
    }

    [Fact]
    public async Task Of_two_ups_at_once_one_applies_and_the_other_fails_at_once_naming_the_lock_and_stack_unlock()
    {
        // The webhook create answers after two seconds, so the first apply still holds the lock when the second asks.
        await stack.Control.AddFaultAsync(new Fault { Method = "POST", Path = "/api/v2/webhooks", DelayMs = 2000, AfterHandling = true });

        var runs = await Task.WhenAll(stack.Project.RunAsync("up", "--yes", "--stack", "test"), stack.Project.RunAsync("up", "--yes", "--stack", "test"));

        Assert.True(runs.Count(r => r.Code == 0) == 1, string.Join("\n---\n", runs.Select(r => $"{r.Code}\n{r.Output}\n{r.Error}")));
        var refused = Assert.Single(runs, r => r.Code != 0);
        Assert.Contains("is locked by another run", refused.Error, StringComparison.Ordinal);
        Assert.Contains("`stack unlock --stack test`", refused.Error, StringComparison.Ordinal);
        Assert.Single(await stack.Control.RequestsAsync(), r => r.Method == "POST" && r.Path.StartsWith("/api/v2/webhooks", StringComparison.Ordinal));
        await stack.AssertNothingDuplicatedAsync();
        Assert.Equal(0, (await stack.Project.RunAsync("preview", "--expect-no-changes", "--stack", "test")).Code);
    }

    private Process StartCli(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = stack.Project.Folder, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "infra.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in stack.Project.Environment)
        {
            info.Environment[name] = value;
        }

        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        var started = Stopwatch.GetTimestamp();
        while (!await condition())
        {
            Assert.True(Stopwatch.GetElapsedTime(started) < TimeSpan.FromMinutes(1), "the up did not reach the point of the drill within a minute");
            await Task.Delay(100);
        }
    }
}
