namespace StellaIac.PulumiPlugin;

/// <summary>
/// What one plugin process keeps across calls whatever it serves: the engine's address (given at start
/// or by Attach) and the token that Cancel trips for every call in flight.
/// </summary>
public sealed class PluginSession(string? engineAddress) : IDisposable
{
    private readonly CancellationTokenSource cancellation = new();

    public string? EngineAddress { get; set; } = engineAddress;

    public CancellationToken Cancelled => cancellation.Token;

    public Task CancelAsync() => cancellation.CancelAsync();

    public void Dispose() => cancellation.Dispose();
}
