using System.Net.Http.Headers;
using System.Text;
using StellaIac.Zendesk;
using StellaIac.Zendesk.Emulator;
using StellaIac.Zendesk.Emulator.Control;
using StellaIac.Zendesk.Http;
using Xunit;

namespace StellaIac.Testing;

/// <summary>
/// One emulator per test class on a free loopback port, reached over real HTTP: its control client, a raw
/// HTTP client already authenticated, and options for a Zendesk client. A test project that needs other
/// emulator options derives and overrides <see cref="Options"/>.
/// </summary>
public class EmulatorFixture : IAsyncLifetime
{
    /// <summary>Retries short enough for tests, still exercising the retry path.</summary>
    public static RetryOptions FastRetry { get; } = new() { MaxRetries = 3, BaseDelay = TimeSpan.FromMilliseconds(5), MaxDelay = TimeSpan.FromMilliseconds(20), MaxRetryAfter = TimeSpan.FromSeconds(5) };

    public ZendeskEmulator Emulator { get; private set; } = null!;

    public EmulatorControl Control { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    /// <summary>The emulator's options; the default accepts any Stella key.</summary>
    protected virtual EmulatorOptions Options => new();

    public async Task InitializeAsync()
    {
        Emulator = await ZendeskEmulator.StartAsync(Options);
        Control = new EmulatorControl(Emulator.BaseAddress);
        Http = Authenticated(Emulator.BaseAddress);
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        Control.Dispose();
        await Emulator.DisposeAsync();
    }

    /// <summary>A raw HTTP client with the emulator's default API-token credentials.</summary>
    public static HttpClient Authenticated(Uri baseAddress)
    {
        var client = new HttpClient { BaseAddress = baseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{EmulatorOptions.DefaultEmail}/token:{EmulatorOptions.DefaultApiToken}")));
        return client;
    }

    /// <summary>Zendesk client options for this emulator: its default credentials (or those given) and fast retries.</summary>
    public ZendeskClientOptions ClientOptions(ZendeskCredentials? credentials = null) => new()
    {
        Endpoint = ZendeskEndpoint.FromUrl(Emulator.BaseAddress.ToString()),
        Credentials = credentials ?? ZendeskCredentials.ApiToken(EmulatorOptions.DefaultEmail, EmulatorOptions.DefaultApiToken),
        Retry = FastRetry,
        AttemptTimeout = TimeSpan.FromSeconds(10),
    };

    public ZendeskClient Client(Func<ZendeskClientOptions, ZendeskClientOptions>? configure = null)
        => new((configure ?? (o => o))(ClientOptions()));
}
