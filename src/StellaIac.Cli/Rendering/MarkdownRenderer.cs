using System.Text;
using StellaIac.Engine.Deploy;

namespace StellaIac.Cli.Rendering;

/// <summary>A Markdown summary for a pull-request comment, headed as pulumi/actions heads its own.</summary>
internal static class MarkdownRenderer
{
    public static string Render(DeploymentResult result, string command, string project, string stack)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder();
        text.Append($"#### :tropical_drink: `{command}` on {project}/{stack}\n\n");
        var changes = result.Steps.Where(s => s.IsChange && !StepText.IsProvider(s.Type)).ToList();
        text.Append(result.Succeeded ? changes.Count == 0 ? "No changes.\n\n" : $"{changes.Count} change(s).\n\n" : "**Failed.**\n\n");
        if (changes.Count > 0)
        {
            text.Append("| | Resource | Type | Properties |\n|---|---|---|---|\n");
            foreach (var step in changes.OrderBy(s => s.Name, StringComparer.Ordinal))
            {
                var properties = string.Join(", ", step.DetailedDiff.Keys.Order(StringComparer.Ordinal).Select(k => $"`{k}`"));
                text.Append($"| `{StepText.Symbol(step.Op).Trim()}` {StepText.Plan(step.Op, !result.IsPreview)} | `{step.Name}` | `{step.Type}` | {properties} |\n");
            }

            text.Append('\n');
        }

        foreach (var diagnostic in result.Diagnostics.Where(d => d.Severity != Severity.Info))
        {
            text.Append($"- **{diagnostic.Severity.ToString().ToLowerInvariant()}** {diagnostic.Summary}: {diagnostic.Detail.Replace("\n", " ", StringComparison.Ordinal)}\n");
        }

        text.Append("\n<details><summary>Plan</summary>\n\n```\n").Append(PlanRenderer.Render(result, project, stack, showDiff: true, showDuration: false)).Append("```\n</details>\n");
        return text.ToString();
    }
}
