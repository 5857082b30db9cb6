namespace StellaIac.Zendesk.Emulator.Pipeline;

/// <summary>
/// A failure to inject into matching requests, <see cref="Times"/> times: answer <see cref="Status"/> (with
/// Retry-After), wait <see cref="DelayMs"/>, or drop the connection. <see cref="AfterHandling"/> lets the
/// request take effect first, which is what a lost response to an applied create looks like.
/// </summary>
public sealed record Fault
{
    /// <summary>An HTTP method, or null for any.</summary>
    public string? Method { get; init; }

    /// <summary>The API path without .json; a trailing '*' matches a prefix.</summary>
    public required string Path { get; init; }

    public int? Status { get; init; }

    public int? RetryAfterSeconds { get; init; }

    public int DelayMs { get; init; }

    public bool Drop { get; init; }

    public bool AfterHandling { get; init; }

    public string? Body { get; init; }

    public int Times { get; init; } = 1;

    internal bool Matches(string method, string path)
        => (Method is null || string.Equals(Method, method, StringComparison.OrdinalIgnoreCase))
           && (Path.EndsWith('*') ? path.StartsWith(Path[..^1], StringComparison.Ordinal) : path == Path);
}
