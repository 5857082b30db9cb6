using System.Text.Json;
using StellaIac.Engine.Secrets;
using StellaIac.Zendesk.Emulator;
using StellaIac.Zendesk.Emulator.Control;
using StellaIac.Zendesk.Emulator.Pipeline;

namespace StellaIac.Cli.Tests;

/// <summary>
/// Ups that fail in the middle of the apply (Zendesk answers 500 to every trigger create): each leaves a valid
/// checkpoint, and the stack's keys (the Stella API key, the Zendesk token) appear in plain text nowhere: not in the
/// console, --json, the --summary-md file, the checkpoint, its backups or its history.
/// </summary>
public sealed class FailedRunSecretsTests : IAsyncLifetime, IDisposable
{
    private const string StellaKey = "stella-key-probe-5f8e21";
    private const string ZendeskToken = "zendesk-token-probe-c07d94";
    private readonly TempProject project = new();
    private ZendeskEmulator zendesk = null!;
    private EmulatorControl control = null!;

    public async Task InitializeAsync()
    {
        zendesk = await ZendeskEmulator.StartAsync(new EmulatorOptions { ApiToken = ZendeskToken, StellaKeys = [StellaKey] });
        control = new EmulatorControl(zendesk.BaseAddress);
        File.WriteAllText(project.PathOf("Pulumi.test.yaml"), $"config:\n  zendesk:url: {zendesk.BaseAddress}\n  zendesk:email: {EmulatorOptions.DefaultEmail}\n");
        project.Environment[PassphraseSource.Variable] = "correct horse";
        await project.RunAsync("config", "set", "--secret", "zendesk:apiToken", ZendeskToken, "--stack", "test");
        await project.RunAsync("config", "set", "--secret", "stellaApiKey", StellaKey, "--stack", "test");
    }

    public async Task DisposeAsync() => await zendesk.DisposeAsync();

    public void Dispose()
    {
        control.Dispose();
        project.Dispose();
    }

    [Fact]
    public async Task Ups_failing_mid_apply_leave_a_valid_checkpoint_and_the_keys_nowhere_in_plain_text()
    {
        await control.AddFaultAsync(new Fault { Method = "POST", Path = "/api/v2/triggers", Status = 500, Times = 1000 });
        var summary = project.PathOf("summary.md");

        var runs = new[]
        {
            await project.RunAsync("up", "--yes", "--stack", "test", "--summary-md", summary),
            await project.RunAsync("up", "--yes", "--json", "--stack", "test"),
            await project.RunAsync("up", "--yes", "--diff", "--stack", "test"),
        };

        Assert.All(runs, run => Assert.Equal(ExitCodes.Failed, run.Code));
        Assert.Contains(await control.RequestsAsync(), r => r.Method == "POST" && r.Path.StartsWith("/api/v2/webhooks", StringComparison.Ordinal) && r.Status == 201);
        var checkpoint = Assert.Single(Directory.GetFiles(project.Folder, "test.json", SearchOption.AllDirectories), f => f.Contains(Path.Combine(".pulumi", "stacks"), StringComparison.Ordinal));
        using (var state = JsonDocument.Parse(File.ReadAllText(checkpoint)))
        {
            Assert.Contains("Stella Connect", state.RootElement.GetRawText(), StringComparison.Ordinal);
        }

        var written = Directory.EnumerateFiles(project.Folder, "*", SearchOption.AllDirectories).ToList();
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
