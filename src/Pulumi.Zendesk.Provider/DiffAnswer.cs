using Google.Protobuf.Collections;
using Engine = StellaIac.Engine.Providers;
using Rpc = Pulumirpc;

namespace Pulumi.Zendesk.Provider;

/// <summary>
/// A provider's diff as Pulumi reads it. The invariants: every key of <c>diffs</c> starts at least one path
/// of <c>detailedDiff</c>, every path's top-level property is in <c>diffs</c>, no duplicates; and
/// <c>hasDetailedDiff</c> is set, or the engine ignores the detailed diff.
/// </summary>
internal static class DiffAnswer
{
    public static Rpc.DiffResponse From(Engine.DiffResponse diff, RepeatedField<string> ignoreChanges)
    {
        var detailed = diff.DetailedDiff.Where(d => !ignoreChanges.Contains(TopLevel(d.Key))).ToList();
        var response = new Rpc.DiffResponse
        {
            DeleteBeforeReplace = diff.DeleteBeforeReplace,
            // A provider that says "changed" without saying where leaves the detail to the engine.
            HasDetailedDiff = diff.Changes is false || diff.DetailedDiff.Count > 0,
            Changes = diff.Changes switch
            {
                null => Rpc.DiffResponse.Types.DiffChanges.DiffUnknown,
                true when detailed.Count > 0 || diff.DetailedDiff.Count == 0 => Rpc.DiffResponse.Types.DiffChanges.DiffSome,
                _ => Rpc.DiffResponse.Types.DiffChanges.DiffNone,
            },
        };
        foreach (var (path, change) in detailed)
        {
            response.DetailedDiff[path] = new Rpc.PropertyDiff { Kind = (Rpc.PropertyDiff.Types.Kind)(int)change.Kind, InputDiff = change.InputDiff };
        }

        response.Diffs.AddRange(detailed.Select(d => TopLevel(d.Key)).Distinct(StringComparer.Ordinal));
        response.Replaces.AddRange(diff.Replaces.Where(r => response.Diffs.Contains(TopLevel(r))).Distinct(StringComparer.Ordinal));
        response.Stables.AddRange(diff.Stables);
        return response;
    }

    /// <summary>The top-level property of a path such as <c>conditions.all[0].field</c> or <c>tags["a.b"]</c>.</summary>
    public static string TopLevel(string path)
    {
        var end = path.IndexOfAny(['.', '[']);
        return end < 0 ? path : path[..end];
    }
}
