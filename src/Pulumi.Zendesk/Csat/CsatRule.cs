using System.Collections.Immutable;
using System.Globalization;
using Pulumi.Zendesk.Schema;
using StellaIac.Engine.Values;

namespace Pulumi.Zendesk.Csat;

/// <summary>A trigger or automation that sends a CSAT survey, with the activity it had when the stack found it.</summary>
public sealed record CsatRule(string Kind, long Id, string Title, bool Default, bool OriginalActive)
{
    public const string Trigger = "trigger";
    public const string Automation = "automation";

    public override string ToString() => $"{Kind} {Id} '{Title}'";

    internal PropertyValue ToProperty() => PropertyValue.FromMap(PropertyMap.Empty
        .With("kind", Kind).With("id", Id.ToString(CultureInfo.InvariantCulture)).With("title", Title).With("default", Default).With("originalActive", OriginalActive));

    internal static CsatRule? FromProperty(PropertyValue value)
        => value.TryGetMap(out var map) && Props.String(map, "kind") is { } kind && long.TryParse(Props.String(map, "id"), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? new CsatRule(kind, id, Props.String(map, "title") ?? "", Props.Bool(map, "default") ?? false, Props.Bool(map, "originalActive") ?? true)
            : null;

    internal static IReadOnlyList<CsatRule> ListOf(ImmutableDictionary<string, PropertyValue> outputs)
        => [.. Props.List(outputs, "rules").Select(FromProperty).OfType<CsatRule>()];
}
