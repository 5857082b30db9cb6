using StellaIac.Zendesk.Emulator;

namespace Pulumi.Zendesk.Tests;

/// <summary>One emulator per test class, on a free loopback port.</summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    public ZendeskEmulator Emulator { get; private set; } = null!;

    public async Task InitializeAsync() => Emulator = await ZendeskEmulator.StartAsync();

    public async Task DisposeAsync() => await Emulator.DisposeAsync();
}
