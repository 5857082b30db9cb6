using StellaIac.StellaConnect.Channels;
using StellaIac.Zendesk.Http;

namespace StellaIac.StellaConnect.Tests;

/// <summary>zendesk:rateLimit (the CLI's --rate-limit): an up paces itself to the budget, against an emulator that enforces a limit.</summary>
public sealed class RateLimitTests
{
    private const int PerMinute = 60;

    [Fact]
    public async Task An_up_of_more_requests_than_the_budget_gets_no_429_and_takes_within_10_percent_of_the_least_time_the_budget_allows()
    {
        // The emulator allows ten times the budget: the client's reaction to Zendesk's rate-limit headers
        // alone would then never wait, so the minute the up takes is the pacer's doing.
        await using var stack = await IntegrationStack.StartAsync(emulatorRateLimit: 10 * PerMinute);
        stack.SetConfig("zendesk:rateLimit", PerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var args = new StellaConnectIntegrationArgs
        {
            ApiKey = "stella-test-key",
            Channels = [StellaChannel.Email(), StellaChannel.Phone(), StellaChannel.Chat()],
            Exclusions = [.. Enumerable.Range(1, 50).Select(i => new ExclusionRule { Title = $"Do not send Stella Connect request {i}", All = [RuleCondition.TagIncludes($"no_survey_{i}")] })],
        };

        var up = await stack.PreviewThenUpAsync(args);

        Assert.True(up.Succeeded, string.Join("\n", up.Diagnostics.Select(d => d.Detail)));
        var requests = await stack.TakeRequestsAsync();
        Assert.True(requests.Count > PerMinute, $"only {requests.Count} requests: the up must outgrow one minute's budget");
        Assert.DoesNotContain(requests, r => r.Status == 429);
        // From the first request to the last, as Zendesk sees them: the program's start-up is not the budget's doing.
        var elapsed = requests.Max(r => r.Time) - requests.Min(r => r.Time);
        var minimum = RequestPacer.Minimum(requests.Count, PerMinute);
        var fullMinutes = TimeSpan.FromMinutes((requests.Count - 1) / PerMinute);
        Assert.True(elapsed >= fullMinutes && elapsed <= minimum * 1.1, $"{requests.Count} requests in {elapsed}, the least the budget allows being {minimum}:\n{string.Join("\n", requests.Select(r => $"{r.Time:mm:ss.fff} {r.Method} {r.Path} {r.Status}"))}");
    }
}
