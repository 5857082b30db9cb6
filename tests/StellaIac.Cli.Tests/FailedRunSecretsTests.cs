using System.Text.Json;
using StellaIac.Zendesk.Emulator.Pipeline;

namespace StellaIac.Cli.Tests;

/// <summary>
/// Ups that fail in the middle of the apply (Zendesk answers 500 to every trigger create): each leaves a valid
/// checkpoint, and the stack's keys (the Stella API key, the Zendesk token) appear in plain text nowhere: not in the
/// console, --json, the --summary-md file, the checkpoint, its backups or its history.
/// </summary>
public sealed class FailedRunSecretsTests : IAsyncLifetime
{
    private const string StellaKey = "stella-key-probe-5f8e21";
    private const string ZendeskToken = "zendesk-token-probe-c07d94";
    private EmulatorStack stack = null!;

    private TempProject Project => stack.Project;

    public async Task InitializeAsync() => stack = await EmulatorStack.StartAsync(StellaKey, ZendeskToken);

    public async Task DisposeAsync() => await stack.DisposeAsync();

    [Fact]
    public async Task Ups_failing_mid_apply_leave_a_valid_checkpoint_and_the_keys_nowhere_in_plain_text()
    {
        await stack.Control.AddFaultAsync(new Fault { Method = "POST", Path = "/api/v2/triggers", Status = 500, Times = 1000 });
        var summary = Project.PathOf("summary.md");

        var runs = new[]
        {
            await Project.RunAsync("up", "--yes", "--stack", "test", "--summary-md", summary),
            await Project.RunAsync("up", "--yes", "--json", "--stack", "test"),
            await Project.RunAsync("up", "--yes", "--diff", "--stack", "test"),
        };

        Assert.All(runs, run => Assert.Equal(ExitCodes.Failed, run.Code));
        Assert.Contains(await stack.Control.RequestsAsync(), r => r.Method == "POST" && r.Path.StartsWith("/api/v2/webhooks", StringComparison.Ordinal) && r.Status == 201);
        var checkpoint = Assert.Single(Directory.GetFiles(Project.Folder, "test.json", SearchOption.AllDirectories), f => f.Contains(Path.Combine(".pulumi", "stacks"), StringComparison.Ordinal));
        using (var state = JsonDocument.Parse(File.ReadAllText(checkpoint)))
        {
            Assert.Contains("Stella Connect", state.RootElement.GetRawText(), StringComparison.Ordinal);
        }

        var written = Directory.EnumerateFiles(Project.Folder, "*", SearchOption.AllDirectories).ToList();
        Assert.Contains(written, f => f.Contains(Path.Combine(".pulumi", "backups"), StringComparison.Ordinal));
        Assert.Contains(summary, written);
        var everything = written.Select(f => (Where: f, Text: File.ReadAllText(f))).Concat(runs.Select((r, i) => (Where: $"the output of run {i + 1}", Text: r.Output + r.Error)));
        foreach (var (where, text) in everything)
        {
            Assert.False(text.Contains(StellaKey, StringComparison.Ordinal), $"the Stella key is in {where}");
            Assert.False(text.Contains(ZendeskToken, StringComparison.Ordinal), $"the Zendesk token is in {where}");
        }
    }
}
