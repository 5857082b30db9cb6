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
        var changes = Changes(result);
        text.Append(result.Succeeded ? changes.Count == 0 ? "No changes.\n\n" : $"{changes.Count} change(s).\n\n" : $"**Failed: {StepText.Failure(result)}.**\n\n");
        AppendBody(text, result, changes, "Plan", project, stack, alwaysDetails: true);
        if (!result.Succeeded)
        {
            text.Append($"\n**Failed: {StepText.Failure(result)}.** What failed or was skipped was not done.\n");
        }

        return text.ToString();
    }

    /// <summary>
    /// A preview that read Zendesk first: what changed in Zendesk since the last deploy (the refresh), apart
    /// from what merging will do (the preview against the refreshed state). Each section says "none" when empty.
    /// </summary>
    public static string RenderDriftAndChange(DeploymentResult refresh, DeploymentResult? preview, string project, string stack)
    {
        ArgumentNullException.ThrowIfNull(refresh);
        var text = new StringBuilder();
        text.Append($"#### :tropical_drink: `preview --refresh` on {project}/{stack}\n\n");
        text.Append("##### Drift: changed in Zendesk since the last deploy\n\n");
        var drift = Changes(refresh);
        text.Append(refresh.Succeeded ? drift.Count == 0 ? "none\n\n" : "" : $"**Reading Zendesk failed: {StepText.Failure(refresh)}.**\n\n");
        AppendBody(text, refresh, drift, "Drift", project, stack, alwaysDetails: false);

        text.Append("\n##### This pull request: what merging will do\n\n");
        if (preview is null)
        {
            text.Append("Not previewed: reading Zendesk failed first.\n");
            return text.ToString();
        }

        var changes = Changes(preview);
        text.Append(preview.Succeeded ? changes.Count == 0 ? "none\n\n" : "" : $"**The preview failed: {StepText.Failure(preview)}.**\n\n");
        AppendBody(text, preview, changes, "Plan", project, stack, alwaysDetails: false);
        return text.ToString();
    }

    private static List<DeploymentStep> Changes(DeploymentResult result)
        => [.. result.Steps.Where(s => StepText.IsListed(s) && !StepText.IsProvider(s.Type))];

    private static void AppendBody(StringBuilder text, DeploymentResult result, List<DeploymentStep> changes, string details, string project, string stack, bool alwaysDetails)
    {
        if (changes.Count > 0)
        {
            text.Append("| | Resource | Type | Properties |\n|---|---|---|---|\n");
            foreach (var step in changes.OrderBy(s => s.Name, StringComparer.Ordinal))
            {
                var properties = string.Join(", ", step.DetailedDiff.Keys.Order(StringComparer.Ordinal).Select(k => $"`{k}`"));
                var reason = step.Status is StepStatus.Failed or StepStatus.Skipped ? $": {step.Error?.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ")}" : "";
                text.Append($"| `{StepText.Symbol(step.Op).Trim()}` {What(result, step)}{reason} | `{step.Name}` | `{step.Type}` | {properties} |\n");
            }

            text.Append('\n');
        }

        foreach (var diagnostic in result.Diagnostics.Where(d => d.Severity != Severity.Info))
        {
            text.Append($"- **{diagnostic.Severity.ToString().ToLowerInvariant()}** {diagnostic.Summary}: {diagnostic.Detail.Replace("\n", " ", StringComparison.Ordinal)}\n");
        }

        if (alwaysDetails || changes.Count > 0 || !result.Succeeded)
        {
            text.Append($"\n<details><summary>{details}</summary>\n\n```\n").Append(PlanRenderer.Render(result, project, stack, showDiff: true, showDuration: false)).Append("```\n</details>\n");
        }
    }

    /// <summary>A refresh's steps say what Zendesk did; the others what the tool will do or did.</summary>
    private static string What(DeploymentResult result, DeploymentStep step) => (result.Kind, step.Op) switch
    {
        (DeploymentKind.Refresh, StepOp.Delete) => "gone from Zendesk",
        (DeploymentKind.Refresh, _) => "changed in Zendesk",
        _ => StepText.Outcome(step, !result.IsPreview),
    };
}
