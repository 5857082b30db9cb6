using StellaIac.Zendesk.Emulator.Control;

namespace StellaIac.Zendesk.Tests;

/// <summary>Each test starts from a new account and an empty request log.</summary>
public abstract class ZendeskTestBase(KeyedEmulatorFixture zendesk) : IClassFixture<KeyedEmulatorFixture>, IAsyncLifetime, IDisposable
{
    private ZendeskClient? client;

    protected KeyedEmulatorFixture Zendesk { get; } = zendesk;

    protected EmulatorControl Control => Zendesk.Control;

    protected ZendeskClient Client => client ??= Zendesk.Client();

    public virtual Task InitializeAsync() => Control.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        client?.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>The API requests the emulator saw, as "METHOD /path".</summary>
    protected async Task<List<string>> SeenAsync()
        => [.. (await Control.RequestsAsync()).Select(r => $"{r.Method} {r.Path}")];
}
