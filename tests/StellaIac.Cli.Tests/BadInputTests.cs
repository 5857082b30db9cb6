using System.Text.Json.Nodes;
using StellaIac.Engine.Workspaces;

namespace StellaIac.Cli.Tests;

/// <summary>
/// Damaged secrets, broken project and stack files, unknown stacks and a failed import: each is one message
/// naming the file and the place (or the stack), exit 2 where the input is at fault, and no file changed.
/// </summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TempProject project = new();

    public void Dispose() => project.Dispose();

    private string LocalStackFile => project.PathOf("Pulumi.local.yaml");

    private string StatePath => LocalWorkspace.Open(project.Folder).Store.StackPath("local");

    [Fact]
    public async Task A_changed_secure_value_is_exit_2_naming_the_file_the_key_and_what_to_do()
    {
        var text = File.ReadAllText(LocalStackFile);
        var start = text.IndexOf("secure: v1:", StringComparison.Ordinal) + "secure: v1:".Length + 20;
        File.WriteAllText(LocalStackFile, text[..start] + (text[start] == 'A' ? 'B' : 'A') + text[(start + 1)..]);

        var preview = await project.RunAsync("preview", "--stack", "local");

        Assert.Equal(ExitCodes.ConfigurationError, preview.Code);
        Assert.Contains("Pulumi.local.yaml: the secret 'stella-iac:stellaApiKey' does not decrypt", preview.Error, StringComparison.Ordinal);
        Assert.Contains("config set --secret stella-iac:stellaApiKey", preview.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", preview.Output + preview.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_encryptionsalt_is_exit_2_naming_the_file()
    {
        File.WriteAllLines(LocalStackFile, File.ReadAllLines(LocalStackFile).Where(l => !l.StartsWith("encryptionsalt:", StringComparison.Ordinal)));

        var preview = await project.RunAsync("preview", "--stack", "local");

        Assert.Equal(ExitCodes.ConfigurationError, preview.Code);
        Assert.Contains("Pulumi.local.yaml holds secure: values but no encryptionsalt", preview.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", preview.Output + preview.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_damaged_ciphertext_in_the_checkpoint_is_exit_2_naming_the_resource_and_the_property()
    {
        Assert.Equal(ExitCodes.Success, (await project.RunAsync("up", "--stack", "local", "--yes")).Code);
        var state = JsonNode.Parse(File.ReadAllText(StatePath))!;
        var secret = state["checkpoint"]!["latest"]!["resources"]!.AsArray().SelectMany(r => ((JsonObject)r!["outputs"]!).Select(p => p.Value))
            .OfType<JsonObject>().First(v => v["ciphertext"] is not null);
        var ciphertext = secret["ciphertext"]!.GetValue<string>();
        var at = ciphertext.LastIndexOf(':') + 5;
        secret["ciphertext"] = ciphertext[..at] + (ciphertext[at] == 'A' ? 'B' : 'A') + ciphertext[(at + 1)..];
        File.WriteAllText(StatePath, state.ToJsonString());

        var output = await project.RunAsync("stack", "output", "--stack", "local", "--show-secrets");

        Assert.Equal(ExitCodes.ConfigurationError, output.Code);
        Assert.Matches(@"local\.json: the secret outputs\.\w+ of urn:pulumi:local::stella-iac::\S+ does not decrypt", output.Error);
        Assert.Contains("Restore it from", output.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", output.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Pulumi.yaml", "name: stella-iac\nconfig:\n  : true\n", "Pulumi.yaml is not valid YAML (line 3, column ")]
    [InlineData("Pulumi.yaml", "name: stella-iac\nconfig:\n  ? [a]\n  : b\n", "Pulumi.yaml (line 3, column 5): a key must be a name")]
    [InlineData("Pulumi.yaml", "name: stella-iac\nconfig:\n  - goLive\n", "Pulumi.yaml (line 3, column 3): 'config' must be a mapping")]
    [InlineData("Pulumi.yaml", "name: stella-iac\nconfig:\n  goLive:\n    type: bool\n", "Pulumi.yaml (line 4, column 5): config 'stella-iac:goLive' has type 'bool'")]
    [InlineData("Pulumi.yaml", "name: stella-iac\nconfig:\n  goLive: [unclosed\n", "Pulumi.yaml is not valid YAML (line 4, column 1)")]
    [InlineData("Pulumi.local.yaml", "config:\n  : x\n", "Pulumi.local.yaml is not valid YAML (line 2, column ")]
    [InlineData("Pulumi.local.yaml", "config: on\n", "Pulumi.local.yaml (line 1, column 9): 'config' must be a mapping")]
    [InlineData("Pulumi.local.yaml", "config:\n  goLive: \"true\"\n", "Pulumi.local.yaml (line 2, column 3): config key 'goLive' has no namespace")]
    public async Task A_broken_project_or_stack_file_is_exit_2_naming_the_file_line_and_column(string file, string yaml, string expected)
    {
        File.WriteAllText(project.PathOf(file), yaml);

        var preview = await project.RunAsync("preview", "--stack", "local");

        Assert.Equal(ExitCodes.ConfigurationError, preview.Code);
        Assert.Contains(expected, preview.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("preview")]
    [InlineData("up", "--yes")]
    [InlineData("destroy", "--yes")]
    [InlineData("refresh", "--yes")]
    [InlineData("drift")]
    [InlineData("stack", "output")]
    [InlineData("config", "get", "goLive")]
    [InlineData("config", "set", "goLive", "true")]
    [InlineData("import", "zendesk:index:Webhook", "stella-webhook", "123")]
    public async Task An_unknown_stack_is_named_as_unknown_with_the_stacks_that_exist(params string[] command)
    {
        var run = await project.RunAsync([.. command, "--stack", "nope"]);

        Assert.Equal(ExitCodes.ConfigurationError, run.Code);
        Assert.Contains("no stack named 'nope': the stacks of stella-iac are local;", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(project.PathOf("Pulumi.nope.yaml")));
    }

    [Fact]
    public async Task A_failed_import_writes_no_checkpoint()
    {
        var import = await project.RunAsync("import", "zendesk:index:Webhook", "stella-webhook", "999999999", "--stack", "local");

        Assert.NotEqual(ExitCodes.Success, import.Code);
        Assert.False(File.Exists(StatePath), "a failed import wrote " + StatePath);
    }
}
