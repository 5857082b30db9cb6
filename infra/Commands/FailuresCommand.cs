using System.Globalization;
using StellaIac.Cli;

namespace StellaIac.Infra.Commands;

/// <summary>The seed's "Target Failures" dashboard, for the webhook: its recent invocations that failed, with status and time.</summary>
internal static class FailuresCommand
{
    public static CliExtension Extension { get; } = new("failures", "List the Stella webhook's recent failed deliveries (Zendesk keeps 7 days)", RunAsync);

    private static async Task<int> RunAsync(CliSession session, CancellationToken ct)
    {
        var webhookId = StackZendesk.WebhookId(session);
        using var zendesk = await StackZendesk.ClientAsync(session, ct);
        var failed = new List<string>();
        await foreach (var invocation in zendesk.Webhooks.ListInvocationsAsync(webhookId, ct: ct))
        {
            if (!invocation.Failed)
            {
                continue;
            }

            var attempts = await zendesk.Webhooks.ListInvocationAttemptsAsync(webhookId, invocation.Id, ct);
            var last = attempts.Count > 0 ? attempts[^1] : null;
            var at = (invocation.LatestCompletedAt ?? invocation.CreatedAt)?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "";
            failed.Add($"{at}  {invocation.Status,-13} {last?.ResponseCode?.ToString(CultureInfo.InvariantCulture) ?? "-",-4} {Trim(last?.ResponseBody ?? last?.ErrorMessage)}");
        }

        await session.Output.WriteLineAsync(failed.Count == 0 ? $"No failed deliveries of webhook {webhookId} in the last 7 days." : $"{failed.Count} failed deliveries of webhook {webhookId}:");
        foreach (var line in failed)
        {
            await session.Output.WriteLineAsync("  " + line);
        }

        return ExitCodes.Success;
    }

    private static string Trim(string? text) => text is null ? "" : text.Length > 120 ? text[..117] + "..." : text;
}
