using System.Collections.Immutable;
using Pulumi.Zendesk.Schema;
using StellaIac.Engine.Values;
using StellaIac.Zendesk.Rules;

namespace Pulumi.Zendesk.Triggers;

/// <summary>Conditions and actions between property values and the client's models, values normalised to strings.</summary>
internal static class RuleProps
{
    public static PropertyValue Normalise(PropertyValue conditions)
    {
        var map = conditions.TryGetMap(out var m) ? m : PropertyMap.Empty;
        return PropertyValue.FromMap([
            new("all", PropertyValue.FromArray(Props.List(map, "all").Select(NormaliseItem))),
            new("any", PropertyValue.FromArray(Props.List(map, "any").Select(NormaliseItem))),
        ]);
    }

    /// <summary>An action's "values" list becomes its "value"; scalars become strings.</summary>
    public static PropertyValue NormaliseAction(PropertyValue action)
    {
        if (!action.TryGetMap(out var map))
        {
            return action;
        }

        if (map.TryGetValue("values", out var values) && (values.IsComputed || values.TryGetArray(out _)))
        {
            map = map.Remove("values").SetItem("value", values);
        }

        return NormaliseItem(PropertyValue.FromMap(map));
    }

    public static Conditions ToConditions(PropertyValue conditions)
    {
        var map = conditions.TryGetMap(out var m) ? m : PropertyMap.Empty;
        return new Conditions { All = [.. Props.List(map, "all").Select(ToCondition)], Any = [.. Props.List(map, "any").Select(ToCondition)] };
    }

    public static IReadOnlyList<RuleAction> ToActions(ImmutableArray<PropertyValue> actions)
        => [.. actions.Select(a => a.TryGetMap(out var map) ? new RuleAction(Props.String(map, "field")!, ToValue(map.GetValueOrDefault("value"))) : throw new ArgumentException("An action must be a map."))];

    public static PropertyValue FromConditions(Conditions conditions) => PropertyValue.FromMap([
        new("all", PropertyValue.FromArray(conditions.All.Select(FromCondition))),
        new("any", PropertyValue.FromArray(conditions.Any.Select(FromCondition))),
    ]);

    public static PropertyValue FromActions(IEnumerable<RuleAction> actions)
        => PropertyValue.FromArray(actions.Select(a => PropertyValue.FromMap([new("field", new PropertyValue(a.Field)), new("value", FromValue(a.Value))])));

    private static PropertyValue NormaliseItem(PropertyValue item)
    {
        if (!item.TryGetMap(out var map) || !map.TryGetValue("value", out var value) || value.ContainsUnknowns)
        {
            return item;
        }

        var normal = value.TryGetArray(out var items)
            ? PropertyValue.FromArray(items.Select(i => i.ContainsUnknowns ? i : Props.Text(i) is { } t ? new PropertyValue(t).WithSecret(i.IsSecret) : i))
            : Props.Text(value) is { } text ? new PropertyValue(text).WithSecret(value.IsSecret) : value;
        return PropertyValue.FromMap(map.SetItem("value", normal));
    }

    private static Condition ToCondition(PropertyValue condition)
    {
        var map = condition.TryGetMap(out var m) ? m : PropertyMap.Empty;
        return new Condition(Props.String(map, "field")!, Props.String(map, "operator"), ToValue(map.GetValueOrDefault("value")));
    }

    private static RuleValue ToValue(PropertyValue? value)
        => value is null || value.IsNull ? RuleValue.None
            : value.TryGetArray(out var items) ? RuleValue.List(items.Select(i => Props.Text(i) ?? ""))
            : RuleValue.Of(Props.Text(value) ?? "");

    private static PropertyValue FromCondition(Condition condition)
    {
        var map = PropertyMap.Empty.With("field", condition.Field).With("operator", condition.Operator);
        return PropertyValue.FromMap(condition.Value.IsNone ? map : map.SetItem("value", FromValue(condition.Value)));
    }

    private static PropertyValue FromValue(RuleValue value)
        => value.Items is { } items ? Props.Strings(items) : value.Scalar is { } scalar ? new PropertyValue(scalar) : PropertyValue.Null;
}
