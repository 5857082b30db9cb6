using System.Text.Json.Nodes;
using StellaIac.Zendesk.Emulator;
using StellaIac.Zendesk.Emulator.Control;
using StellaIac.Zendesk.Emulator.Pipeline;

namespace StellaIac.Cli.Tests;

/// <summary>
/// Every report of an up whose three trigger creates Zendesk refuses counts what happened: a failed step is never
/// "created", the trigger order skipped after them is "skipped", and the report's first and last lines say it failed.
/// </summary>
public sealed class ReportTests : IAsyncLifetime, IDisposable
{
    private const int Triggers = 3;
    private readonly TempProject project = new();
    private ZendeskEmulator zendesk = null!;

    public async Task InitializeAsync()
    {
        zendesk = await ZendeskEmulator.StartAsync();
        await project.UseTestStackAsync(zendesk.BaseAddress.ToString());
        using var control = new EmulatorControl(zendesk.BaseAddress);
        await control.AddFaultAsync(new Fault { Method = "POST", Path = "/api/v2/triggers", Status = 422, Body = """{"error":"RecordInvalid","description":"refused on purpose"}""", Times = Triggers });
    }

    public async Task DisposeAsync() => await zendesk.DisposeAsync();

    public void Dispose() => project.Dispose();

    [Fact]
    public async Task The_text_report_counts_failed_and_skipped_apart_and_says_so_first_and_last()
    {
        var up = await project.RunAsync("up", "--stack", "test", "--yes", "--skip-preview");

        Assert.Equal(ExitCodes.Failed, up.Code);
        var report = up.Output[up.Output.IndexOf("Updating (test)", StringComparison.Ordinal)..].TrimEnd().Split('\n');
        Assert.Equal("Updating (test): FAILED (3 steps failed, 1 skipped)", report[0]);
        Assert.StartsWith("The update FAILED: 3 steps failed, 1 skipped.", report[^1], StringComparison.Ordinal);
        Assert.Contains("    + 7 created\n    + 3 create failed\n    1 skipped", up.Output, StringComparison.Ordinal);
        Assert.Contains("stella-triggers-order       skipped  stella-triggers-send-", up.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("gone from the program", up.Output, StringComparison.Ordinal);
        Assert.Contains(" +   zendesk:index:Trigger stella-triggers-send-email **create failed**: Zendesk POST /api/v2/triggers failed: 422", up.Output, StringComparison.Ordinal);
        Assert.Contains(" +   zendesk:index:TriggerOrder stella-triggers-order skipped: stella-triggers-send-", up.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_json_change_summary_counts_only_what_was_done()
    {
        var up = await project.RunAsync("up", "--stack", "test", "--yes", "--json");

        var json = JsonNode.Parse(up.Output)!;
        Assert.False((bool)json["succeeded"]!);
        Assert.Equal(7, (int)json["changeSummary"]!["create"]!);
        Assert.Equal(Triggers, (int)json["failedSummary"]!["create"]!);
        Assert.Equal(1, (int)json["skipped"]!);
        var failed = json["steps"]!.AsArray().Where(s => (string?)s!["status"] == "failed").ToList();
        Assert.Equal(Triggers, failed.Count);
        Assert.All(failed, s => Assert.Contains("refused on purpose", (string?)s!["error"], StringComparison.Ordinal));
        var skipped = Assert.Single(json["steps"]!.AsArray(), s => (string?)s!["status"] == "skipped")!;
        Assert.EndsWith("stella-triggers-order", (string?)skipped["urn"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_markdown_summary_lists_failed_triggers_as_failed_with_the_reason()
    {
        var markdown = project.PathOf("summary.md");

        await project.RunAsync("up", "--stack", "test", "--yes", "--skip-preview", "--summary-md", markdown);

        var lines = (await File.ReadAllLinesAsync(markdown)).Where(l => l.Length > 0).ToList();
        Assert.Equal("**Failed: 3 steps failed, 1 skipped.**", lines[1]);
        Assert.StartsWith("**Failed: 3 steps failed, 1 skipped.**", lines[^1], StringComparison.Ordinal);
        var triggerRows = lines.Where(l => l.StartsWith("| ", StringComparison.Ordinal) && l.Contains("`zendesk:index:Trigger`", StringComparison.Ordinal)).ToList();
        Assert.Equal(Triggers, triggerRows.Count);
        Assert.All(triggerRows, r => Assert.StartsWith("| `+` create failed: Zendesk POST /api/v2/triggers failed: 422", r, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("| `+` skipped: stella-triggers-send-", StringComparison.Ordinal) && l.Contains("`stella-triggers-order`", StringComparison.Ordinal));
    }
}
