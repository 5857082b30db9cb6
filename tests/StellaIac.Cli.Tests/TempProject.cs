using System.Text.RegularExpressions;
using StellaIac.Cli.Hosting;
using StellaIac.Engine.Secrets;
using StellaIac.Engine.Workspaces;
using StellaIac.Infra;
using StellaIac.Zendesk.Emulator;

namespace StellaIac.Cli.Tests;

/// <summary>A copy of the project's Pulumi.yaml and local stack in a temporary folder, and the real command tree run against it in-process.</summary>
public sealed partial class TempProject : IDisposable
{
    public TempProject()
    {
        Folder = Directory.CreateTempSubdirectory("stella-cli-").FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Project")))
        {
            File.Copy(file, Path.Combine(Folder, Path.GetFileName(file)));
        }
    }

    public string Folder { get; }

    public string PathOf(string file) => Path.Combine(Folder, file);

    /// <summary>The environment variables the runs see (the passphrase), handed to the workspace; the process's own are never read.</summary>
    public Dictionary<string, string> Environment { get; } = [];

    public async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var input = new StringReader("");
        using var output = new StringWriter();
        using var error = new StringWriter();
        var host = new CliHostOptions { Console = new TextConsole(input, output, error), Environment = WorkspaceEnvironment.Of(Environment) };
        var code = await CliHost.RunAsync(["--cwd", Folder, "--non-interactive", .. args], StellaIacProgram.Definition, host);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>A <c>test</c> stack on the Zendesk at <paramref name="url"/> with API-token credentials and a Stella key, under the passphrase "correct horse".</summary>
    public async Task UseTestStackAsync(string url, string token = EmulatorOptions.DefaultApiToken)
    {
        File.WriteAllText(PathOf("Pulumi.test.yaml"), $"config:\n  zendesk:url: {url}\n  zendesk:email: {EmulatorOptions.DefaultEmail}\n");
        Environment[PassphraseSource.Variable] = "correct horse";
        await RunAsync("config", "set", "--secret", "stellaApiKey", "stella-test-key", "--stack", "test");
        await RunAsync("config", "set", "--secret", "zendesk:apiToken", token, "--stack", "test");
    }

    /// <summary>Output with what changes from run to run (ids, fingerprints, durations, times) replaced by fixed marks.</summary>
    public static string Stable(string text)
        => Duration().Replace(Ulid().Replace(NumericId().Replace(text, "<id>"), "<ulid>"), "Duration: <s>");

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    [GeneratedRegex(@"(?<![0-9])3600000000\d\d(?![0-9])")]
    private static partial Regex NumericId();

    [GeneratedRegex(@"\b01[0-9A-HJKMNP-TV-Z]{24}\b")]
    private static partial Regex Ulid();

    [GeneratedRegex(@"Duration: [0-9.]+s")]
    private static partial Regex Duration();
}
