namespace StellaIac.Infra.Commands;

/// <summary>
/// Spaces requests so that no minute holds more than <paramref name="perMinute"/> of them: the first ones go at
/// once, later ones wait for the oldest of the last <paramref name="perMinute"/> to be a minute old.
/// </summary>
internal sealed class RequestWindow(int perMinute, TimeProvider time)
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private readonly Queue<DateTimeOffset> lastSent = new();

    /// <summary>All the waiting so far.</summary>
    public TimeSpan Waited { get; private set; }

    /// <summary>How long to wait before the next request; the request counts as sent then.</summary>
    public TimeSpan Reserve()
    {
        var now = time.GetUtcNow();
        var at = lastSent.Count >= perMinute && lastSent.Dequeue() + Minute is var free && free > now ? free : now;
        lastSent.Enqueue(at);
        Waited += at - now;
        return at - now;
    }

    public async Task WaitAsync(CancellationToken ct)
    {
        var wait = Reserve();
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, ct);
        }
    }
}
