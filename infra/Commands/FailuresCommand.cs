using System.CommandLine;
using System.Globalization;
using StellaIac.Cli;
using StellaIac.Engine.Configuration;
using StellaIac.Zendesk.Errors;
using StellaIac.Zendesk.Webhooks;

namespace StellaIac.Infra.Commands;

/// <summary>
/// The seed's "Target Failures" dashboard, for the webhook: its most recent failed invocations with the latest
/// attempt's status code, time and a secret-free extract of the answer. Each failure costs one request for its
/// attempts, and Zendesk allows the webhook endpoints about 100 requests a minute, so the look-ups are bounded
/// (<c>--limit</c>) and paced.
/// </summary>
internal static class FailuresCommand
{
    public const int DefaultLimit = 25;
    public const int MaxLimit = 500;

    /// <summary>Attempt look-ups a minute: Zendesk's ~100 for webhook endpoints, less room for the invocation pages read meanwhile.</summary>
    public const int LookupsPerMinute = 80;

    private static readonly Option<int> Limit = new("--limit", "-n")
    {
        Description = $"Show at most this many failures, the most recent first (1 to {MaxLimit}, default {DefaultLimit}); each is one request to Zendesk",
        DefaultValueFactory = _ => DefaultLimit,
    };

    public static CliExtension Extension { get; } = new("failures", "List the Stella webhook's most recent failed deliveries (Zendesk keeps 7 days)", RunAsync) { Options = [Limit] };

    private static async Task<int> RunAsync(CliSession session, ParseResult parse, CancellationToken ct)
    {
        var limit = parse.GetValue(Limit);
        if (limit is < 1 or > MaxLimit)
        {
            throw new ConfigurationException($"--limit must be a whole number from 1 to {MaxLimit}, got {limit}.");
        }

        var webhookId = StackZendesk.WebhookId(session);
        var config = await session.ConfigAsync(ct);
        using var zendesk = StackZendesk.Client(config);
        var secrets = StackZendesk.SecretValues(config);
        var window = new RequestWindow(LookupsPerMinute, TimeProvider.System);
        var failed = new List<string>();
        string? stoppedBecause = null;
        var rateLimited = false;
        try
        {
            await foreach (var invocation in zendesk.Webhooks.ListInvocationsAsync(webhookId, new InvocationFilter { NewestFirst = true }, ct))
            {
                if (!invocation.Failed)
                {
                    continue;
                }

                if (failed.Count == limit)
                {
                    stoppedBecause = $"Stopped at --limit {limit}: older failed deliveries exist (failures --limit {Math.Min(limit * 4, MaxLimit)} shows more).";
                    break;
                }

                await window.WaitAsync(ct);
                var attempts = await zendesk.Webhooks.ListInvocationAttemptsAsync(webhookId, invocation.Id, ct);
                failed.Add(Line(invocation, attempts.Count > 0 ? attempts[0] : null, secrets));
            }
        }
        catch (ZendeskRateLimitException)
        {
            rateLimited = true;
            stoppedBecause = $"Stopped early after {failed.Count}: Zendesk's rate limit for webhook requests (about 100 a minute) was reached. Run again in a minute, or with a smaller --limit.";
        }

        await session.Output.WriteLineAsync(failed.Count == 0 && stoppedBecause is null
            ? $"No failed deliveries of webhook {webhookId} in the last 7 days."
            : $"{failed.Count} failed deliveries of webhook {webhookId}, most recent first:");
        foreach (var line in failed)
        {
            await session.Output.WriteLineAsync("  " + line);
        }

        if (window.Waited > TimeSpan.Zero)
        {
            await session.Output.WriteLineAsync($"Look-ups were paced to stay under Zendesk's webhook rate limit ({window.Waited.TotalSeconds:0} s of waiting).");
        }

        if (stoppedBecause is not null)
        {
            await session.Output.WriteLineAsync(stoppedBecause);
        }

        return rateLimited ? ExitCodes.Failed : ExitCodes.Success;
    }

    /// <summary>One failure: when and how the latest attempt ended, and what the endpoint answered.</summary>
    private static string Line(WebhookInvocation invocation, WebhookInvocationAttempt? latest, IReadOnlyList<string> secrets)
    {
        var at = (latest?.At ?? invocation.LatestCompletedAt ?? invocation.CreatedAt)?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "";
        var code = latest?.Code?.ToString(CultureInfo.InvariantCulture) ?? "-";
        var answer = string.IsNullOrWhiteSpace(latest?.Body) ? latest?.ErrorMessage : latest.Body;
        return $"{at,-20}  {invocation.Status,-13} {code,-4} {ResponseExtract.Of(answer, secrets)}".TrimEnd();
    }
}
