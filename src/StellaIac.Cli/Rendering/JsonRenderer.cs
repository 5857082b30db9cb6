using System.Text.Json;
using System.Text.Json.Nodes;
using StellaIac.Engine.Deploy;
using StellaIac.Engine.State;

namespace StellaIac.Cli.Rendering;

/// <summary>
/// A plan or result as data, in the shape of Pulumi's --json preview digest; secrets as [secret]. Each step has
/// its status (planned, done, failed, skipped) and, unless done, the reason; <c>changeSummary</c> counts only what
/// was done or planned, <c>failedSummary</c> and <c>skipped</c> the rest.
/// </summary>
internal static class JsonRenderer
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Render(DeploymentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var shown = result.Steps.Where(s => !StepText.IsProvider(s.Type)).ToList();
        var steps = new JsonArray();
        foreach (var step in shown)
        {
            var json = new JsonObject { ["op"] = StepText.Op(step.Op), ["urn"] = step.Urn, ["type"] = step.Type, ["status"] = step.Status.ToString().ToLowerInvariant() };
            if (step.Old is { } old)
            {
                json["oldState"] = State(old);
            }

            if (step.New is { } @new)
            {
                json["newState"] = State(@new);
            }

            if (step.ReplaceReasons.Count > 0)
            {
                json["replaceReasons"] = new JsonArray([.. step.ReplaceReasons.Select(r => (JsonNode)r)]);
            }

            if (step.DetailedDiff.Count > 0)
            {
                var diff = new JsonObject();
                foreach (var (path, change) in step.DetailedDiff.OrderBy(d => d.Key, StringComparer.Ordinal))
                {
                    diff[path] = new JsonObject { ["kind"] = StepText.Kind(change.Kind), ["inputDiff"] = change.InputDiff };
                }

                json["detailedDiff"] = diff;
                json["diffReasons"] = new JsonArray([.. step.DetailedDiff.Keys.Order(StringComparer.Ordinal).Select(k => (JsonNode)k)]);
            }

            if (step.Error is { } error)
            {
                json["error"] = error;
            }

            steps.Add(json);
        }

        return new JsonObject
        {
            ["steps"] = steps,
            ["diagnostics"] = new JsonArray([.. result.Diagnostics.Select(d => (JsonNode)new JsonObject
            {
                ["severity"] = d.Severity.ToString().ToLowerInvariant(),
                ["summary"] = d.Summary,
                ["detail"] = d.Detail,
                ["urn"] = d.Resource,
                ["property"] = d.Property,
            })]),
            ["outputs"] = ValueText.Json(result.Outputs),
            ["succeeded"] = result.Succeeded,
            ["changeSummary"] = PerOp(shown.Where(s => s.Status is StepStatus.Done or StepStatus.Planned)),
            ["failedSummary"] = PerOp(shown.Where(s => s.Status == StepStatus.Failed)),
            ["skipped"] = shown.Count(s => s.Status == StepStatus.Skipped),
            ["duration"] = (long)result.Duration.TotalMilliseconds,
        }.ToJsonString(Indented);
    }

    /// <summary>Steps per op: <c>changeSummary</c> counts only what was done (or planned), <c>failedSummary</c> what failed.</summary>
    private static JsonObject PerOp(IEnumerable<DeploymentStep> steps)
    {
        var summary = new JsonObject();
        foreach (var group in steps.GroupBy(s => s.Op).OrderBy(g => g.Key))
        {
            summary[StepText.Op(group.Key)] = group.Count();
        }

        return summary;
    }

    private static JsonObject State(ResourceState state)
    {
        var json = new JsonObject { ["urn"] = state.Urn, ["type"] = state.Type, ["custom"] = state.Custom };
        if (state.Id is { } id)
        {
            json["id"] = id;
        }

        json["inputs"] = ValueText.Json(state.Inputs);
        json["outputs"] = ValueText.Json(state.Outputs);
        if (state.Parent is { } parent)
        {
            json["parent"] = parent;
        }

        return json;
    }
}
