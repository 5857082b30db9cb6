using StellaIac.Zendesk.Rules;

namespace Pulumi.Zendesk.Csat;

/// <summary>
/// Whether a trigger's or automation's actions send Zendesk's CSAT survey: the action that requests a rating
/// (<c>satisfaction_score</c> offered, which Zendesk's email automation and messaging trigger both use), or a
/// notification whose text carries <c>{{satisfaction.rating_section}}</c> or <c>{{satisfaction.rating_url}}</c>.
/// </summary>
public static class CsatSurvey
{
    public static IReadOnlyList<string> Placeholders { get; } = ["satisfaction.rating_section", "satisfaction.rating_url"];

    public static bool IsSentBy(IEnumerable<RuleAction> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        return actions.Any(a => a.Field == "satisfaction_score"
            || (a.Field.StartsWith("notification_", StringComparison.Ordinal) && (a.Value.Items ?? [a.Value.Scalar ?? ""]).Any(text => Placeholders.Any(p => text.Contains(p, StringComparison.Ordinal)))));
    }
}
