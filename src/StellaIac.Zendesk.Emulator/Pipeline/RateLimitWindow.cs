namespace StellaIac.Zendesk.Emulator.Pipeline;

/// <summary>Zendesk's per-minute request budget: a fixed one-minute window that starts with its first request.</summary>
internal sealed class RateLimitWindow(int perMinute, TimeProvider time)
{
    private readonly Lock gate = new();
    private DateTimeOffset windowStart = DateTimeOffset.MinValue;
    private int used;

    public int Limit => perMinute;

    public (bool Allowed, int Remaining, int ResetSeconds) Take()
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            if (now - windowStart >= TimeSpan.FromMinutes(1))
            {
                windowStart = now;
                used = 0;
            }

            var reset = (int)Math.Ceiling((windowStart.AddMinutes(1) - now).TotalSeconds);
            if (used >= perMinute)
            {
                return (false, 0, Math.Max(1, reset));
            }

            used++;
            return (true, perMinute - used, Math.Max(1, reset));
        }
    }
}
