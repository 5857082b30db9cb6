namespace StellaIac.Cli.Tests.GitOps;

/// <summary>
/// commit-state.sh against real Git repositories: a bare origin and two clones standing for the deploy job
/// and another run that lands on main meanwhile.
/// </summary>
public sealed class CommitStateTests : IDisposable
{
    private const string TestState = "stacks/.pulumi/stacks/stella-iac/test.json";
    private const string ProdState = "stacks/.pulumi/stacks/stella-iac/prod.json";
    private readonly string root = Directory.CreateTempSubdirectory("commit-state-").FullName;
    private readonly Dictionary<string, string> git = new()
    {
        ["GIT_AUTHOR_NAME"] = "test", ["GIT_AUTHOR_EMAIL"] = "test@example.invalid",
        ["GIT_COMMITTER_NAME"] = "test", ["GIT_COMMITTER_EMAIL"] = "test@example.invalid",
        ["COMMIT_STATE_BACKOFF_SECONDS"] = "0",
    };

    private string Deploy => Path.Combine(root, "deploy");

    private string Other => Path.Combine(root, "other");

    [Fact]
    public async Task A_merge_that_landed_meanwhile_is_rebased_over_and_the_state_pushed()
    {
        await SetUpAsync();
        await CommitAndPushAsync(Other, "README.md", "changed by a merge\n");
        Write(Deploy, TestState, "{\"version\": 3, \"after\": \"up\"}\n");

        var result = await CommitStateAsync();

        Assert.True(result.Code == 0, result.Error);
        Assert.Contains("rebased", result.Output, StringComparison.Ordinal);
        Assert.Equal("{\"version\": 3, \"after\": \"up\"}\n", await ShowAsync($"main:{TestState}"));
        Assert.Equal("changed by a merge\n", await ShowAsync("main:README.md"));
    }

    [Fact]
    public async Task Another_stacks_state_changed_meanwhile_is_kept_beside_this_one()
    {
        await SetUpAsync();
        await CommitAndPushAsync(Other, ProdState, "{\"prod\": 2}\n");
        Write(Deploy, TestState, "{\"test\": 2}\n");

        var result = await CommitStateAsync();

        Assert.True(result.Code == 0, result.Error);
        Assert.Equal("{\"prod\": 2}\n", await ShowAsync($"main:{ProdState}"));
        Assert.Equal("{\"test\": 2}\n", await ShowAsync($"main:{TestState}"));
    }

    [Fact]
    public async Task The_same_state_file_changed_meanwhile_is_never_merged_and_nothing_is_pushed()
    {
        await SetUpAsync();
        await CommitAndPushAsync(Other, TestState, "{\"test\": \"other run\"}\n");
        Write(Deploy, TestState, "{\"test\": \"this run\"}\n");

        var result = await CommitStateAsync();

        Assert.Equal(1, result.Code);
        Assert.Contains(TestState, result.Error, StringComparison.Ordinal);
        Assert.Contains("--refresh", result.Error, StringComparison.Ordinal);
        Assert.Equal("{\"test\": \"other run\"}\n", await ShowAsync($"main:{TestState}"));
    }

    [Fact]
    public async Task An_unchanged_state_makes_no_commit()
    {
        await SetUpAsync();
        var before = await ShowAsync("main");

        var result = await CommitStateAsync();

        Assert.Equal(0, result.Code);
        Assert.Contains("nothing to commit", result.Output, StringComparison.Ordinal);
        Assert.Equal(before, await ShowAsync("main"));
    }

    [Fact]
    public async Task The_repositorys_attributes_make_git_refuse_to_merge_two_versions_of_a_state_file()
    {
        await SetUpAsync();
        File.Copy(Path.Combine(ScriptRunner.Root, ".gitattributes"), Path.Combine(Other, ".gitattributes"));
        Write(Other, TestState, "{\n  \"a\": 1,\n  \"pad1\": 0,\n  \"pad2\": 0,\n  \"pad3\": 0,\n  \"b\": 1\n}\n");
        await GitAsync(Other, "add", "-A");
        await GitAsync(Other, "commit", "-qm", "base");
        await GitAsync(Other, "checkout", "-qb", "left");
        Write(Other, TestState, "{\n  \"a\": 2,\n  \"pad1\": 0,\n  \"pad2\": 0,\n  \"pad3\": 0,\n  \"b\": 1\n}\n");
        await GitAsync(Other, "commit", "-qam", "left");
        await GitAsync(Other, "checkout", "-q", "main");
        Write(Other, TestState, "{\n  \"a\": 1,\n  \"pad1\": 0,\n  \"pad2\": 0,\n  \"pad3\": 0,\n  \"b\": 2\n}\n");
        await GitAsync(Other, "commit", "-qam", "right");

        var merge = await ScriptRunner.RunAsync(Other, git, "git", "merge", "-q", "left");

        Assert.NotEqual(0, merge.Code);
        Assert.Contains("CONFLICT", merge.Output + merge.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private async Task SetUpAsync()
    {
        await GitAsync(root, "init", "-q", "--bare", "-b", "main", "origin.git");
        await GitAsync(root, "clone", "-q", "origin.git", "other");
        Write(Other, "README.md", "first\n");
        Write(Other, TestState, "{\"test\": 1}\n");
        Write(Other, ProdState, "{\"prod\": 1}\n");
        await GitAsync(Other, "checkout", "-qb", "main");
        await GitAsync(Other, "add", "-A");
        await GitAsync(Other, "commit", "-qm", "first");
        await GitAsync(Other, "push", "-q", "origin", "main");
        await GitAsync(root, "clone", "-q", "origin.git", "deploy");
    }

    private async Task CommitAndPushAsync(string clone, string file, string text)
    {
        Write(clone, file, text);
        await GitAsync(clone, "commit", "-qam", $"change {file}");
        await GitAsync(clone, "push", "-q", "origin", "main");
    }

    private Task<(int Code, string Output, string Error)> CommitStateAsync()
        => ScriptRunner.RunAsync(Deploy, git, "commit-state.sh", "state: up test [skip ci]", "main");

    private async Task<string> ShowAsync(string what)
        => (await ScriptRunner.RunAsync(Path.Combine(root, "origin.git"), git, "git", "show", what)).Output;

    private async Task GitAsync(string directory, params string[] args)
    {
        var result = await ScriptRunner.RunAsync(directory, git, "git", args);
        Assert.True(result.Code == 0, $"git {string.Join(' ', args)}: {result.Error}");
    }

    private static void Write(string clone, string file, string text)
    {
        var path = Path.Combine(clone, file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
