using System.Collections.Immutable;
using StellaIac.Engine.Providers;
using StellaIac.Engine.Values;

namespace StellaIac.Engine.Deploy;

/// <summary>The engine's own diff when a provider leaves it to the engine: top-level properties compared by value.</summary>
public static class InputDiff
{
    public static IReadOnlyDictionary<string, PropertyDiff> Compare(ImmutableDictionary<string, PropertyValue> before, ImmutableDictionary<string, PropertyValue> after, IReadOnlySet<string>? replaceOnChange = null)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var diff = new SortedDictionary<string, PropertyDiff>(StringComparer.Ordinal);
        foreach (var key in before.Keys.Union(after.Keys))
        {
            var had = before.TryGetValue(key, out var old) && !old.IsNull;
            var has = after.TryGetValue(key, out var now) && !now.IsNull;
            var replace = replaceOnChange?.Contains(key) ?? false;
            if (had && !has)
            {
                diff[key] = new PropertyDiff(replace ? PropertyDiffKind.DeleteReplace : PropertyDiffKind.Delete);
            }
            else if (!had && has)
            {
                diff[key] = new PropertyDiff(replace ? PropertyDiffKind.AddReplace : PropertyDiffKind.Add);
            }
            else if (had && has && (now!.ContainsUnknowns || !old!.ValueEquals(now)))
            {
                diff[key] = new PropertyDiff(replace ? PropertyDiffKind.UpdateReplace : PropertyDiffKind.Update);
            }
        }

        return diff;
    }
}
