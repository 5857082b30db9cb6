namespace StellaIac.Cli.Tests.GitOps;

/// <summary>Every workflow validates against GitHub's workflow schema, with @action-validator/cli (installed by npm ci).</summary>
public sealed class WorkflowSchemaTests : IDisposable
{
    private static readonly string Validator = Path.Combine(ScriptRunner.Root, "node_modules", ".bin", "action-validator");
    private readonly string folder = Directory.CreateTempSubdirectory("workflow-schema-").FullName;

    public static TheoryData<string> Workflows => new(Directory.GetFiles(Path.Combine(ScriptRunner.Root, ".github", "workflows"), "*.yml").Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(Workflows))]
    public async Task The_workflow_is_valid(string workflow)
    {
        var result = await ValidateAsync(Path.Combine(ScriptRunner.Root, ".github", "workflows", workflow));

        Assert.True(result.Code == 0, $"{workflow}: {result.Output}{result.Error}");
    }

    [Fact]
    public async Task A_misspelt_key_fails_validation()
    {
        var broken = Path.Combine(folder, "broken.yml");
        await File.WriteAllTextAsync(broken, "name: x\non:\n  pull_request:\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stepz: []\n");

        var result = await ValidateAsync(broken);

        Assert.NotEqual(0, result.Code);
        Assert.Contains("stepz", result.Output + result.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static Task<(int Code, string Output, string Error)> ValidateAsync(string workflow)
    {
        Assert.True(File.Exists(Validator), $"{Validator} is missing: run 'npm ci' in the repository root first");
        return ScriptRunner.RunAsync(ScriptRunner.Root, new Dictionary<string, string>(), Validator, workflow);
    }
}
