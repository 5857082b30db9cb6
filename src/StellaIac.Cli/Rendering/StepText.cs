using StellaIac.Engine.Deploy;
using StellaIac.Engine.Providers;

namespace StellaIac.Cli.Rendering;

/// <summary>How steps and diffs read, as Pulumi writes them.</summary>
internal static class StepText
{
    public static string Symbol(StepOp op) => op switch
    {
        StepOp.Create => "+",
        StepOp.Update => "~",
        StepOp.Replace => "+-",
        StepOp.Delete => "-",
        StepOp.Import => "=",
        _ => " ",
    };

    public static string Plan(StepOp op, bool done) => (op, done) switch
    {
        (StepOp.Same, _) => "",
        (StepOp.Create, false) => "create",
        (StepOp.Create, true) => "created",
        (StepOp.Update, false) => "update",
        (StepOp.Update, true) => "updated",
        (StepOp.Replace, false) => "replace",
        (StepOp.Replace, true) => "replaced",
        (StepOp.Delete, false) => "delete",
        (StepOp.Delete, true) => "deleted",
        (StepOp.Import, false) => "import",
        (StepOp.Import, true) => "imported",
        _ => op.ToString().ToLowerInvariant(),
    };

    public static string Summary(StepOp op, int count, bool done) => (op, done) switch
    {
        (StepOp.Same, _) => $"{count} unchanged",
        (_, false) => $"{Symbol(op)} {count} to {Plan(op, false)}",
        _ => $"{Symbol(op)} {count} {Plan(op, true)}",
    };

    /// <summary>
    /// The change summary's lines: what was done (or, in a preview, planned) per op, then what failed per op,
    /// what was skipped, and what is unchanged. A failed or skipped step is never counted as done.
    /// </summary>
    public static IEnumerable<string> SummaryLines(IReadOnlyList<DeploymentStep> steps, bool done)
    {
        foreach (var group in steps.Where(s => s.Status is StepStatus.Done or StepStatus.Planned && s.IsChange).GroupBy(s => s.Op).OrderBy(g => g.Key))
        {
            yield return Summary(group.Key, group.Count(), done);
        }

        foreach (var group in steps.Where(s => s.Status == StepStatus.Failed).GroupBy(s => s.Op).OrderBy(g => g.Key))
        {
            yield return $"{Symbol(group.Key)} {group.Count()} {Plan(group.Key, false)} failed";
        }

        if (steps.Count(s => s.Status == StepStatus.Skipped) is > 0 and var skipped)
        {
            yield return $"{skipped} skipped (not run: something they depend on failed)";
        }

        if (steps.Count(s => s.Status is StepStatus.Done or StepStatus.Planned && !s.IsChange) is > 0 and var same)
        {
            yield return Summary(StepOp.Same, same, done);
        }
    }

    /// <summary>For a result with an error, what failed in a few words ("3 steps failed, 2 skipped", "1 error"); null when it succeeded.</summary>
    public static string? Failure(DeploymentResult result)
    {
        if (result.Succeeded)
        {
            return null;
        }

        var steps = result.Steps.Where(s => !IsProvider(s.Type)).ToList();
        var failed = steps.Count(s => s.Status == StepStatus.Failed);
        var skipped = steps.Count(s => s.Status == StepStatus.Skipped);
        var parts = new List<string>();
        var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
        if (failed > 0)
        {
            parts.Add(failed == 1 ? "1 step failed" : $"{failed} steps failed");
        }
        else if (errors > 0)
        {
            parts.Add(errors == 1 ? "1 error" : $"{errors} errors");
        }

        if (skipped > 0)
        {
            parts.Add($"{skipped} skipped");
        }

        return string.Join(", ", parts);
    }

    /// <summary>What a step shows in a status column: its plan, or that it failed or was skipped.</summary>
    public static string Outcome(DeploymentStep step, bool done) => step.Status switch
    {
        StepStatus.Failed => $"{Plan(step.Op, false)} failed",
        StepStatus.Skipped => "skipped",
        _ => Plan(step.Op, done),
    };

    /// <summary>A step to list among the changes: one that changes something, failed, or was skipped.</summary>
    public static bool IsListed(DeploymentStep step) => step.IsChange || step.Status is StepStatus.Failed or StepStatus.Skipped;

    public static string Kind(PropertyDiffKind kind) => kind switch
    {
        PropertyDiffKind.Add => "add",
        PropertyDiffKind.AddReplace => "add-replace",
        PropertyDiffKind.Delete => "delete",
        PropertyDiffKind.DeleteReplace => "delete-replace",
        PropertyDiffKind.Update => "update",
        _ => "update-replace",
    };

    public static string Op(StepOp op) => op.ToString().ToLowerInvariant();

    public static bool IsProvider(string type) => type.StartsWith("pulumi:providers:", StringComparison.Ordinal);
}
