namespace StellaIac.Cli.Tests.GitOps;

/// <summary>drift-issue.sh keeps one open issue per stack while drift lasts, and closes it when it is gone.</summary>
public sealed class DriftIssueTests : IDisposable
{
    private const int Drift = 7;
    private readonly FakeGitHub github = new();

    [Fact]
    public async Task Drift_opens_one_issue_that_later_nights_update_and_a_clean_night_closes()
    {
        var summary = github.WriteFile("drift-test.md", "~ trigger title changed\n");
        Assert.Equal(Drift, (await github.RunAsync("drift-issue.sh", "test", $"{Drift}", summary, "https://ci.example/run/1")).Code);
        github.WriteFile("drift-test.md", "~ trigger title and webhook endpoint changed\n");
        Assert.Equal(Drift, (await github.RunAsync("drift-issue.sh", "test", $"{Drift}", summary, "https://ci.example/run/2")).Code);

        var issue = Assert.Single(github.Issues());
        Assert.Equal("open", (string)issue["state"]!);
        Assert.Equal("Zendesk drift on stack test", (string)issue["title"]!);
        Assert.Contains("webhook endpoint changed", (string)issue["body"]!, StringComparison.Ordinal);
        Assert.Contains("run/2", (string)issue["body"]!, StringComparison.Ordinal);

        Assert.Equal(0, (await github.RunAsync("drift-issue.sh", "test", "0", summary)).Code);
        Assert.Equal("closed", (string)Assert.Single(github.Issues())["state"]!);
        Assert.Equal(["POST", "PATCH"], github.Calls.TakeLast(2).Select(c => (string)c["method"]!));
    }

    [Fact]
    public async Task The_two_stacks_have_separate_issues()
    {
        var summary = github.WriteFile("drift.md", "drift\n");
        await github.RunAsync("drift-issue.sh", "test", $"{Drift}", summary);
        await github.RunAsync("drift-issue.sh", "prod", $"{Drift}", summary);
        await github.RunAsync("drift-issue.sh", "test", "0", summary);

        var issues = github.Issues().ToDictionary(i => (string)i["title"]!, i => (string)i["state"]!);
        Assert.Equal("closed", issues["Zendesk drift on stack test"]);
        Assert.Equal("open", issues["Zendesk drift on stack prod"]);
    }

    [Fact]
    public async Task A_check_that_failed_for_another_reason_leaves_the_issue_alone_and_fails()
    {
        var summary = github.WriteFile("drift.md", "drift\n");
        await github.RunAsync("drift-issue.sh", "test", $"{Drift}", summary);

        var result = await github.RunAsync("drift-issue.sh", "test", "1", summary);

        Assert.Equal(1, result.Code);
        Assert.Contains("left as it is", result.Error, StringComparison.Ordinal);
        Assert.Equal("open", (string)Assert.Single(github.Issues())["state"]!);
        Assert.Equal("GET", (string)github.Calls[^1]["method"]!);
    }

    [Fact]
    public async Task Drift_without_a_summary_or_run_link_still_opens_the_issue()
    {
        var result = await github.RunAsync("drift-issue.sh", "prod", $"{Drift}", github.PathOf("absent.md"));

        Assert.Equal(Drift, result.Code);
        Assert.Contains("wrote no summary", (string)Assert.Single(github.Issues())["body"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_clean_night_without_an_open_issue_writes_nothing()
    {
        var result = await github.RunAsync("drift-issue.sh", "test", "0", github.PathOf("absent.md"));

        Assert.Equal(0, result.Code);
        Assert.Empty(github.Issues());
        Assert.All(github.Calls, c => Assert.Equal("GET", (string)c["method"]!));
    }

    public void Dispose() => github.Dispose();
}
