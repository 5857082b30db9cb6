namespace StellaIac.Zendesk.Http;

/// <summary>
/// A budget of requests a minute that this tool keeps to (<c>--rate-limit</c>), leaving the rest of the account's
/// rate limit to its other integrations. Up to the budget goes at once; the next request waits until the oldest of
/// the last minute's is a minute old, so a run takes the least time the budget allows and never earns a 429 from a
/// limit of the same size. Share one instance between every client of a command: the budget is the account's.
/// </summary>
public sealed class RequestPacer : IDisposable
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    /// <summary>Zendesk counts a request when it arrives, a little after it leaves here; this much slack keeps the two minutes apart.</summary>
    private static readonly TimeSpan Slack = TimeSpan.FromMilliseconds(500);

    private readonly Queue<DateTimeOffset> sent = new();
    private readonly SemaphoreSlim turn = new(1, 1);
    private readonly TimeProvider time;

    public RequestPacer(int perMinute, TimeProvider? time = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(perMinute, 1);
        PerMinute = perMinute;
        this.time = time ?? TimeProvider.System;
    }

    public int PerMinute { get; }

    /// <summary>The least time <paramref name="requests"/> requests take under a budget of <paramref name="perMinute"/> a minute.</summary>
    public static TimeSpan Minimum(int requests, int perMinute) => (Window + Slack) * (Math.Max(0, requests - 1) / perMinute);

    /// <summary>Waits until a request may leave within the budget, and counts it as sent.</summary>
    public async Task WaitTurnAsync(CancellationToken ct)
    {
        await turn.WaitAsync(ct);
        try
        {
            var now = time.GetUtcNow();
            while (sent.Count > 0 && now - sent.Peek() >= Window + Slack)
            {
                sent.Dequeue();
            }

            if (sent.Count >= PerMinute)
            {
                var wait = sent.Dequeue() + Window + Slack - now;
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, time, ct);
                }
            }

            sent.Enqueue(time.GetUtcNow());
        }
        finally
        {
            turn.Release();
        }
    }

    public void Dispose() => turn.Dispose();
}
