using System.Text;
using StellaIac.Engine.Deploy;
using StellaIac.Engine.Providers;
using StellaIac.Engine.Values;

namespace StellaIac.Cli.Rendering;

/// <summary>
/// A preview or a result as Pulumi prints it: each resource in its component tree with its op symbol,
/// the property diffs when asked, the diagnostics, and the change summary.
/// </summary>
internal static class PlanRenderer
{
    public static string Render(DeploymentResult result, string project, string stack, bool showDiff, bool showDuration = true)
    {
        ArgumentNullException.ThrowIfNull(result);
        var done = !result.IsPreview;
        var text = new StringBuilder();
        var failure = StepText.Failure(result);
        text.Append(Heading(result, stack)).Append(failure is null ? "" : $": FAILED ({failure})").Append("\n\n");
        var steps = result.Steps.Where(s => !StepText.IsProvider(s.Type)).GroupBy(s => s.Urn).Select(g => g.Last()).ToList();
        var rows = Tree(steps).ToList();
        if (rows.Count > 0)
        {
            var typeWidth = Math.Max("Type".Length, rows.Max(r => r.Indent.Length + r.Step.Type.Length));
            var nameWidth = Math.Max("Name".Length, rows.Max(r => r.Step.Name.Length));
            text.Append($"     {"Type".PadRight(typeWidth)}  {"Name".PadRight(nameWidth)}  {(done ? "Status" : "Plan")}\n");
            foreach (var (step, indent) in rows)
            {
                var info = Info(step);
                var plan = step.Status == StepStatus.Failed ? $"**{StepText.Outcome(step, done)}**" : StepText.Outcome(step, done);
                text.Append($" {StepText.Symbol(step.Op),-2}  {(indent + step.Type).PadRight(typeWidth)}  {step.Name.PadRight(nameWidth)}  {plan}{(info.Length > 0 ? "  " + info : "")}".TrimEnd()).Append('\n');
                if (showDiff && step.IsChange && step.Status != StepStatus.Skipped)
                {
                    foreach (var line in DiffLines(step))
                    {
                        // Under the resource's type: the symbol column (5), its tree indent without connectors, 4 more.
                        text.Append("     ").Append(indent.Replace('├', '│').Replace('└', ' ').Replace('─', ' ')).Append("    ").Append(line).Append('\n');
                    }
                }
            }

            text.Append('\n');
        }

        if (result.Diagnostics.Count > 0)
        {
            text.Append("Diagnostics:\n");
            foreach (var group in result.Diagnostics.GroupBy(d => d.Resource ?? ""))
            {
                text.Append("  ").Append(group.Key.Length == 0 ? "(stack)" : $"{Engine.Program.Urn.Type(group.Key)} ({Engine.Program.Urn.Name(group.Key)})").Append(":\n");
                foreach (var diagnostic in group)
                {
                    text.Append($"    {diagnostic.Severity.ToString().ToLowerInvariant()}: {diagnostic.Summary}\n");
                    text.Append($"      {diagnostic.Detail.Replace("\n", "\n      ", StringComparison.Ordinal)}\n");
                }
            }

            text.Append('\n');
        }

        if (result.Outputs.Count > 0)
        {
            text.Append("Outputs:\n");
            foreach (var (key, value) in result.Outputs.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                text.Append($"    {key}: {ValueText.Show(value)}\n");
            }

            text.Append('\n');
        }

        text.Append("Resources:\n");
        foreach (var line in StepText.SummaryLines(steps, done))
        {
            text.Append("    ").Append(line).Append('\n');
        }

        if (steps.Count == 0)
        {
            text.Append("    no resources\n");
        }

        if (showDuration)
        {
            text.Append($"\nDuration: {result.Duration.TotalSeconds:0.0}s\n");
        }

        if (failure is not null)
        {
            text.Append($"\n{Noun(result)} FAILED: {failure}. See the diagnostics above; what failed or was skipped was not done.\n");
        }

        return text.ToString();
    }

    /// <summary>One line per changed property: <c>~ title: "a" => "b"</c>, <c>+ tag: "x"</c>, <c>- tag: "x"</c>.</summary>
    public static IEnumerable<string> DiffLines(DeploymentStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var before = step.Old?.Inputs ?? PropertyMap.Empty;
        var after = step.New?.Inputs ?? PropertyMap.Empty;
        var keys = step.Op == StepOp.Create ? after.Keys.Order(StringComparer.Ordinal)
            : step.Op == StepOp.Delete ? before.Keys.Order(StringComparer.Ordinal)
            : step.DetailedDiff.Keys.Order(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            var kind = step.DetailedDiff.TryGetValue(key, out var diff) ? diff.Kind : step.Op == StepOp.Delete ? PropertyDiffKind.Delete : PropertyDiffKind.Add;
            var replace = diff?.IsReplace == true ? " (forces replacement)" : "";
            var texts = TextDiff.Changed(key, before.GetValueOrDefault(key), after.GetValueOrDefault(key)).ToList();
            yield return kind switch
            {
                PropertyDiffKind.Add or PropertyDiffKind.AddReplace => $"+ {key}: {ValueText.Show(after.GetValueOrDefault(key))}{replace}",
                PropertyDiffKind.Delete or PropertyDiffKind.DeleteReplace => $"- {key}: {ValueText.Show(before.GetValueOrDefault(key))}{replace}",
                _ when texts.Count > 0 && TextDiff.OnlyLongTextsDiffer(before.GetValueOrDefault(key), after.GetValueOrDefault(key)) => $"~ {key}: (long texts changed, line by line below){replace}",
                _ => $"~ {key}: {ValueText.Show(before.GetValueOrDefault(key))} => {ValueText.Show(after.GetValueOrDefault(key))}{replace}",
            };
            foreach (var (path, lines) in texts)
            {
                yield return $"  {path}:";
                foreach (var line in lines)
                {
                    yield return $"    {line}";
                }
            }
        }
    }

    private static string Heading(DeploymentResult result, string stack) => (result.Kind, result.IsPreview) switch
    {
        (DeploymentKind.Preview, _) => $"Previewing update ({stack})",
        (DeploymentKind.Update, _) => $"Updating ({stack})",
        (DeploymentKind.Refresh, true) => $"Previewing refresh ({stack})",
        (DeploymentKind.Refresh, false) => $"Refreshing ({stack})",
        (DeploymentKind.Destroy, true) => $"Previewing destroy ({stack})",
        _ => $"Destroying ({stack})",
    };

    private static string Noun(DeploymentResult result) => result.Kind switch
    {
        DeploymentKind.Preview => "The preview",
        DeploymentKind.Update => "The update",
        DeploymentKind.Refresh => "The refresh",
        _ => "The destroy",
    };

    private static string Info(DeploymentStep step)
    {
        if (step.Status is StepStatus.Failed or StepStatus.Skipped)
        {
            return step.Error ?? "";
        }

        if (step.Op is StepOp.Update or StepOp.Replace or StepOp.Import && step.DetailedDiff.Count > 0)
        {
            return $"[diff: {string.Join(", ", step.DetailedDiff.Keys.Order(StringComparer.Ordinal).Select(k => (step.DetailedDiff[k].IsReplace ? "~~" : "~") + k))}]";
        }

        return "";
    }

    /// <summary>Steps in their component tree: parents first, children by name, with box-drawing indents.</summary>
    private static IEnumerable<(DeploymentStep Step, string Indent)> Tree(List<DeploymentStep> steps)
    {
        var byUrn = steps.ToDictionary(s => s.Urn, StringComparer.Ordinal);
        string? ParentOf(DeploymentStep s) => (s.New?.Parent ?? s.Old?.Parent) is { } p && byUrn.ContainsKey(p) ? p : null;
        var children = steps.ToLookup(ParentOf);
        IEnumerable<(DeploymentStep, string)> Walk(string? parent, string prefix)
        {
            var kids = children[parent].OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
            for (var i = 0; i < kids.Count; i++)
            {
                var last = i == kids.Count - 1;
                var indent = parent is null ? "" : prefix + (last ? "└─ " : "├─ ");
                yield return (kids[i], indent);
                foreach (var child in Walk(kids[i].Urn, parent is null ? "" : prefix + (last ? "   " : "│  ")))
                {
                    yield return child;
                }
            }
        }

        return Walk(null, "");
    }
}
