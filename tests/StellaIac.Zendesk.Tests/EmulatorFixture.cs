using StellaIac.Zendesk.Emulator;
using StellaIac.Zendesk.Emulator.Control;
using StellaIac.Zendesk.Http;

namespace StellaIac.Zendesk.Tests;

/// <summary>One emulator per test class, on a free loopback port, reached over real HTTP.</summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    private ZendeskEmulator? emulator;

    public ZendeskEmulator Emulator => emulator ?? throw new InvalidOperationException("The emulator has not started.");

    public EmulatorControl Control { get; private set; } = null!;

    public static RetryOptions FastRetry { get; } = new() { MaxRetries = 3, BaseDelay = TimeSpan.FromMilliseconds(5), MaxDelay = TimeSpan.FromMilliseconds(20), MaxRetryAfter = TimeSpan.FromSeconds(5) };

    public async Task InitializeAsync()
    {
        emulator = await ZendeskEmulator.StartAsync(new EmulatorOptions { StellaKeys = [TestKeys.StellaTest, TestKeys.StellaProduction] });
        Control = new EmulatorControl(emulator.BaseAddress);
    }

    public async Task DisposeAsync()
    {
        Control.Dispose();
        if (emulator is not null)
        {
            await emulator.DisposeAsync();
        }
    }

    public ZendeskClientOptions Options(ZendeskCredentials? credentials = null) => new()
    {
        Endpoint = ZendeskEndpoint.FromUrl(Emulator.BaseAddress.ToString()),
        Credentials = credentials ?? ZendeskCredentials.ApiToken(EmulatorOptions.DefaultEmail, EmulatorOptions.DefaultApiToken),
        Retry = FastRetry,
        AttemptTimeout = TimeSpan.FromSeconds(10),
    };

    public ZendeskClient Client(Func<ZendeskClientOptions, ZendeskClientOptions>? configure = null)
        => new((configure ?? (o => o))(Options()));
}
