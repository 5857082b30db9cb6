using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace StellaIac.Cli.Tests;

/// <summary>The GitOps workflows are valid YAML and call only commands and flags the CLI has.</summary>
public sealed partial class WorkflowTests
{
    public static TheoryData<string> Workflows => new() { "preview.yml", "deploy.yml", "drift.yml" };

    [Theory]
    [MemberData(nameof(Workflows))]
    public async Task Each_command_a_workflow_runs_parses_with_the_real_command_tree(string workflow)
    {
        var path = RepositoryRoot.Of(".github", "workflows", workflow);
        var yaml = new YamlStream();
        using (var reader = File.OpenText(path))
        {
            yaml.Load(reader);
        }

        var runs = Scalars(yaml.Documents[0].RootNode).SelectMany(s => Invocation().Matches(s).Select(m => m.Groups["args"].Value)).ToList();

        Assert.NotEmpty(runs);
        foreach (var run in runs)
        {
            var args = Regex.Replace(run, @"\$\{\{[^}]*\}\}", "x").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var parse = CliHost.Build(Infra.StellaIacProgram.Definition, new CliHostOptions()).Parse(args);
            Assert.True(parse.Errors.Count == 0, $"{workflow}: '{run}': {string.Join("; ", parse.Errors.Select(e => e.Message))}");
        }

        await Task.CompletedTask;
    }

    private static IEnumerable<string> Scalars(YamlNode node) => node switch
    {
        YamlScalarNode scalar => [scalar.Value ?? ""],
        YamlMappingNode map => map.Children.SelectMany(p => Scalars(p.Value)),
        YamlSequenceNode list => list.Children.SelectMany(Scalars),
        _ => [],
    };

    [GeneratedRegex(@"dotnet run --project infra.*? -- (?<args>[^\n|&]+)")]
    private static partial Regex Invocation();
}
