using System.Text.Json.Nodes;

namespace StellaIac.Cli.Tests.GitOps;

/// <summary>
/// A repository's issues and comments behind the fake <c>gh</c> (GitOps/FakeGh/gh), which records every call:
/// the workflow scripts run against it with the fake first on PATH.
/// </summary>
public sealed class FakeGitHub : IDisposable
{
    public const string Repository = "acme/zendesk-config";

    private readonly string folder = Directory.CreateTempSubdirectory("fake-gh-").FullName;

    public string PathOf(string file) => Path.Combine(folder, file);

    public string WriteFile(string name, string text)
    {
        File.WriteAllText(PathOf(name), text);
        return PathOf(name);
    }

    public Task<(int Code, string Output, string Error)> RunAsync(string script, params string[] args)
        => ScriptRunner.RunAsync(folder, new Dictionary<string, string>
        {
            ["PATH"] = $"{Path.Combine(ScriptRunner.Root, "tests", "StellaIac.Cli.Tests", "GitOps", "FakeGh")}:{Environment.GetEnvironmentVariable("PATH")}",
            ["FAKE_GH_STATE"] = PathOf("state.json"),
            ["FAKE_GH_LOG"] = PathOf("calls.jsonl"),
            ["GITHUB_REPOSITORY"] = Repository,
        }, script, args);

    /// <summary>Every call the scripts made, in order: method, path, and the JSON they sent.</summary>
    public IReadOnlyList<JsonObject> Calls => File.Exists(PathOf("calls.jsonl"))
        ? File.ReadAllLines(PathOf("calls.jsonl")).Select(line => JsonNode.Parse(line)!.AsObject()).ToList()
        : [];

    public IReadOnlyList<JsonObject> Comments(int pullRequest)
        => State()?["comments"]!.AsArray().Select(c => c!.AsObject()).Where(c => (int)c["issue"]! == pullRequest).ToList() ?? [];

    public IReadOnlyList<JsonObject> Issues()
        => State()?["issues"]!.AsObject().Select(p => p.Value!.AsObject()).ToList() ?? [];

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private JsonNode? State() => File.Exists(PathOf("state.json")) ? JsonNode.Parse(File.ReadAllText(PathOf("state.json"))) : null;
}
