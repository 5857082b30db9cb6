namespace StellaIac.Engine.State;

/// <summary>A held stack lock; disposing releases it.</summary>
public sealed class StackLock(string path) : IDisposable
{
    public string Path { get; } = path;

    /// <summary>What was said when a stale lock (its process gone, on this host) was taken over; null for a free stack.</summary>
    public string? TakenOver { get; init; }

    public void Dispose() => File.Delete(Path);
}
