using System.Net.Http.Headers;
using System.Text;
using StellaIac.Zendesk.Emulator.Control;

namespace StellaIac.Zendesk.Emulator.Tests;

/// <summary>One emulator per test class on a free loopback port, with a raw HTTP client already authenticated.</summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    private ZendeskEmulator? emulator;

    public ZendeskEmulator Emulator => emulator ?? throw new InvalidOperationException("The emulator has not started.");

    public EmulatorControl Control { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        emulator = await ZendeskEmulator.StartAsync(new EmulatorOptions());
        Control = new EmulatorControl(emulator.BaseAddress);
        Http = Authenticated(emulator.BaseAddress);
    }

    public static HttpClient Authenticated(Uri baseAddress)
    {
        var http = new HttpClient { BaseAddress = baseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{EmulatorOptions.DefaultEmail}/token:{EmulatorOptions.DefaultApiToken}")));
        return http;
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        Control.Dispose();
        if (emulator is not null)
        {
            await emulator.DisposeAsync();
        }
    }
}
