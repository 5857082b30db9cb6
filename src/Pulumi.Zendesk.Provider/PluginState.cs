namespace Pulumi.Zendesk.Provider;

/// <summary>
/// What one plugin process holds: the configured provider (one per process, as the engine starts one
/// process per provider resource), the engine's address (given at start or by Attach), and the token
/// that Cancel trips for every call in flight.
/// </summary>
internal sealed class PluginState(string? engineAddress) : IDisposable
{
    private readonly CancellationTokenSource cancellation = new();

    public string? EngineAddress { get; set; } = engineAddress;

    public ZendeskProvider? Provider { get; private set; }

    public CancellationToken Cancelled => cancellation.Token;

    public ZendeskProvider Configured
        => Provider ?? throw new InvalidOperationException("The zendesk provider was called before Configure: configure it first (Pulumi does so from the stack's zendesk: config).");

    public void Configure(ZendeskProvider provider)
    {
        Provider?.Dispose();
        Provider = provider;
    }

    public Task CancelAsync() => cancellation.CancelAsync();

    public void Dispose()
    {
        Provider?.Dispose();
        cancellation.Dispose();
    }
}
