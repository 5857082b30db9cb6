namespace StellaIac.Cli.Tests.GitOps;

/// <summary>preview-comment.sh keeps one sticky comment per stack on a pull request, whatever the order of the runs.</summary>
public sealed class PreviewCommentTests : IDisposable
{
    private const int PullRequest = 42;
    private readonly FakeGitHub github = new();

    [Fact]
    public async Task The_first_push_creates_the_comment_and_later_pushes_edit_it_in_place()
    {
        var summary = github.WriteFile("summary-test.md", "## Drift\nnone\n## This pull request\n~ 1 to update\n");
        Assert.Equal(0, (await github.RunAsync("preview-comment.sh", "test", $"{PullRequest}", summary, "true", "success")).Code);

        github.WriteFile("summary-test.md", "## Drift\nnone\n## This pull request\n+ 2 to create\n");
        Assert.Equal(0, (await github.RunAsync("preview-comment.sh", "test", $"{PullRequest}", summary, "true", "success")).Code);

        var comment = Assert.Single(github.Comments(PullRequest));
        Assert.StartsWith("<!-- stellaiac-preview:test -->\n", (string)comment["body"]!, StringComparison.Ordinal);
        Assert.Contains("+ 2 to create", (string)comment["body"]!, StringComparison.Ordinal);
        Assert.Equal(["GET", "POST", "GET", "PATCH"], github.Calls.Select(c => (string)c["method"]!));
    }

    [Fact]
    public async Task Each_stack_keeps_its_own_comment_and_never_overwrites_the_other()
    {
        var test = github.WriteFile("summary-test.md", "test plan\n");
        var prod = github.WriteFile("summary-prod.md", "prod plan\n");
        await github.RunAsync("preview-comment.sh", "test", $"{PullRequest}", test, "true", "success");
        await github.RunAsync("preview-comment.sh", "prod", $"{PullRequest}", prod, "true", "success");
        github.WriteFile("summary-test.md", "test plan, second push\n");
        await github.RunAsync("preview-comment.sh", "test", $"{PullRequest}", test, "true", "success");
        await github.RunAsync("preview-comment.sh", "prod", $"{PullRequest}", prod, "true", "success");

        var bodies = github.Comments(PullRequest).Select(c => (string)c["body"]!).ToList();
        Assert.Equal(2, bodies.Count);
        Assert.Contains("<!-- stellaiac-preview:test -->\ntest plan, second push\n", bodies);
        Assert.Contains("<!-- stellaiac-preview:prod -->\nprod plan\n", bodies);
    }

    [Fact]
    public async Task The_marker_is_found_beyond_the_first_page_of_comments()
    {
        var summary = github.WriteFile("summary-test.md", "plan\n");
        foreach (var stack in new[] { "a", "b", "c", "test" })
        {
            await github.RunAsync("preview-comment.sh", stack, $"{PullRequest}", summary, "true", "success");
        }

        await github.RunAsync("preview-comment.sh", "test", $"{PullRequest}", summary, "true", "success");

        Assert.Equal(4, github.Comments(PullRequest).Count);
        Assert.Equal("PATCH", (string)github.Calls[^1]["method"]!);
    }

    [Fact]
    public async Task Without_the_stacks_secrets_the_comment_says_the_preview_could_not_run()
    {
        var result = await github.RunAsync("preview-comment.sh", "prod", $"{PullRequest}", github.PathOf("absent.md"), "false", "skipped");

        Assert.Equal(0, result.Code);
        var body = (string)Assert.Single(github.Comments(PullRequest))["body"]!;
        Assert.Contains("Preview of stack `prod`: not run", body, StringComparison.Ordinal);
        Assert.Contains("fork", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_preview_is_said_in_the_comment_with_the_run_link()
    {
        var result = await github.RunAsync("preview-comment.sh", "test", $"{PullRequest}", github.PathOf("absent.md"), "true", "failure", "https://ci.example/run/7");

        Assert.Equal(0, result.Code);
        var body = (string)Assert.Single(github.Comments(PullRequest))["body"]!;
        Assert.Contains("Preview of stack `test`: failed", body, StringComparison.Ordinal);
        Assert.Contains("https://ci.example/run/7", body, StringComparison.Ordinal);
    }

    public void Dispose() => github.Dispose();
}
