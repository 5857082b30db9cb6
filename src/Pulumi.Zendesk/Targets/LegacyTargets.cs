using System.Globalization;
using StellaIac.Zendesk;

namespace Pulumi.Zendesk.Targets;

/// <summary>
/// A read-only look-up of legacy HTTP and URL targets pointing at an endpoint (Stella's API) and the
/// triggers that notify them, so that an integration can move those triggers to its webhook: declaring a
/// trigger with the same title adopts it, and the plan shows its action changing from
/// <c>notification_target</c> to <c>notification_webhook</c>. Targets are never created.
/// </summary>
public static class LegacyTargets
{
    public static async Task<IReadOnlyList<LegacyTarget>> FindAsync(ZendeskClient zendesk, Uri endpoint, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(zendesk);
        var targets = await zendesk.Targets.FindHttpTargetsAsync(endpoint, ct);
        if (targets.Count == 0)
        {
            return [];
        }

        var triggers = await zendesk.Triggers.ListAsync(ct: ct).ToListAsync(ct);
        return [.. targets.Select(target =>
        {
            var id = target.Id.ToString(CultureInfo.InvariantCulture);
            return new LegacyTarget(target, [.. triggers.Where(t => t.Actions.Any(a => a.Field == "notification_target" && a.Value.Items is [var targetId, ..] && targetId == id))]);
        })];
    }
}
