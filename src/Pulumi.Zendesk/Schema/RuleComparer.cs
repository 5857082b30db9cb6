using StellaIac.Engine.Values;

namespace Pulumi.Zendesk.Schema;

/// <summary>Zendesk's rule semantics for diffs: <c>all</c> and <c>any</c> are sets of conditions; values compare as strings.</summary>
internal static class RuleComparer
{
    public static bool SameConditions(PropertyValue before, PropertyValue after)
    {
        if (after.ContainsUnknowns)
        {
            return false;
        }

        var (oldAll, oldAny) = Sets(before);
        var (newAll, newAny) = Sets(after);
        return oldAll.SetEquals(newAll) && oldAny.SetEquals(newAny);
    }

    /// <summary>A condition as one comparable string: field, operator and value text.</summary>
    public static string Key(PropertyValue condition)
    {
        if (!condition.TryGetMap(out var map))
        {
            return condition.ToString();
        }

        var value = map.GetValueOrDefault("value") is { } v ? v.TryGetArray(out var items) ? string.Join("\u001f", items.Select(i => Props.Text(i) ?? "")) : Props.Text(v) ?? "" : "";
        return $"{Props.String(map, "field")}\u001e{Props.String(map, "operator")}\u001e{value}";
    }

    private static (HashSet<string> All, HashSet<string> Any) Sets(PropertyValue conditions)
    {
        if (!conditions.TryGetMap(out var map))
        {
            return ([], []);
        }

        return ([.. Props.List(map, "all").Select(Key)], [.. Props.List(map, "any").Select(Key)]);
    }
}
