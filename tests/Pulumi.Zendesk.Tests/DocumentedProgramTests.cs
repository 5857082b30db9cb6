using Pulumi.Zendesk.Triggers;
using Pulumi.Zendesk.Webhooks;
using StellaIac.Engine.Testing;

namespace Pulumi.Zendesk.Tests;

/// <summary>docs/writing-programs.md's program is this repository's code, and it runs.</summary>
public sealed class DocumentedProgramTests
{
    [Fact]
    public void The_documented_program_is_the_tested_one_line_for_line()
    {
        var doc = File.ReadAllText(RepositoryRoot.Of("docs", "writing-programs.md"));
        var start = doc.IndexOf("```csharp\n", doc.IndexOf("## A program", StringComparison.Ordinal), StringComparison.Ordinal) + "```csharp\n".Length;
        var block = Lines(doc[start..doc.IndexOf("```", start, StringComparison.Ordinal)]);
        var source = Lines(File.ReadAllText(RepositoryRoot.Of("tests", "Pulumi.Zendesk.Tests", "DocumentedProgram.cs")));

        Assert.True(block.Count > 5, "the doc's program block was not found");
        Assert.True(
            Enumerable.Range(0, source.Count - block.Count + 1).Any(i => source.Skip(i).Take(block.Count).SequenceEqual(block)),
            "docs/writing-programs.md's program differs from tests/Pulumi.Zendesk.Tests/DocumentedProgram.cs:\n" + string.Join("\n", block));
    }

    [Fact]
    public async Task The_documented_program_declares_a_webhook_with_a_secret_key_and_a_trigger_notifying_it()
    {
        var result = await ProgramTester.RunAsync(DocumentedProgram.RunAsync, options: new TestOptions { Config = new Dictionary<string, string> { ["project:stellaApiKey"] = "key-1" }, SecretConfig = new HashSet<string> { "project:stellaApiKey" } });

        Assert.Empty(result.Failures);
        Assert.Single(result.OfType<Webhook>());
        Assert.Single(result.OfType<Trigger>());
        var hook = result.Registration("stella");
        Assert.True(hook.Inputs["authentication"].ContainsSecrets);
        Assert.DoesNotContain("key-1", hook.Inputs["authentication"].ToString(), StringComparison.Ordinal);
        Assert.Contains(hook.Urn, result.Registration("email").Dependencies);
        Assert.True(result.Outputs.ContainsKey("webhookId"));
    }

    /// <summary>The code lines, without indentation and blank lines.</summary>
    private static List<string> Lines(string text)
        => [.. text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];
}
