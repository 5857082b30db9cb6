using System.Text.Json.Nodes;
using StellaIac.Zendesk.Emulator;
using StellaIac.Zendesk.Emulator.Control;
using StellaIac.Zendesk.Webhooks;

namespace StellaIac.Zendesk.Tests.Http;

/// <summary>Cursor links that name a host other than the configured one (<c>--public-host</c> in the emulator).</summary>
public sealed class PagingTests
{
    [Theory]
    [InlineData("acme.zendesk.com")]
    [InlineData("acme.zendesk.com:8443")]
    [InlineData("127.0.0.1")]
    public async Task A_next_link_to_another_host_is_never_called_and_the_whole_list_is_still_read(string publicHost)
    {
        await using var emulator = await ZendeskEmulator.StartAsync(new EmulatorOptions { PublicHost = publicHost });
        using var control = new EmulatorControl(emulator.BaseAddress);
        await control.SeedAsync(new JsonObject { ["generate"] = new JsonObject { ["webhooks"] = 250 } });
        await control.ClearRequestsAsync();
        using var recorder = new RecordingHandler();
        using var client = new ZendeskClient(
            new ZendeskClientOptions
            {
                Endpoint = ZendeskEndpoint.FromUrl(emulator.BaseAddress.ToString()),
                Credentials = ZendeskCredentials.ApiToken(EmulatorOptions.DefaultEmail, EmulatorOptions.DefaultApiToken),
                Retry = EmulatorFixture.FastRetry,
            },
            recorder);

        var webhooks = await client.Webhooks.ListAsync().ToListAsync();

        Assert.Equal(250, webhooks.Select(w => w.Id).Distinct().Count());
        Assert.Equal(3, recorder.Sent.Count);
        Assert.All(recorder.Sent, uri => Assert.Equal(emulator.BaseAddress.Authority, uri.Authority));
        Assert.Equal(3, (await control.RequestsAsync()).Count);
    }

    [Fact]
    public async Task The_filter_is_kept_on_every_page()
    {
        await using var emulator = await ZendeskEmulator.StartAsync();
        using var control = new EmulatorControl(emulator.BaseAddress);
        await control.SeedAsync(new JsonObject { ["generate"] = new JsonObject { ["webhooks"] = 201 } });
        using var client = new ZendeskClient(new ZendeskClientOptions
        {
            Endpoint = ZendeskEndpoint.FromUrl(emulator.BaseAddress.ToString()),
            Credentials = ZendeskCredentials.ApiToken(EmulatorOptions.DefaultEmail, EmulatorOptions.DefaultApiToken),
        });

        var webhooks = await client.Webhooks.ListAsync(new WebhookFilter { NameContains = "webhook 1" }).ToListAsync();

        // 1, 10 to 19 and 100 to 199: two pages.
        Assert.Equal(111, webhooks.Select(w => w.Id).Distinct().Count());
    }

    /// <summary>Real sockets; records where each request went.</summary>
    private sealed class RecordingHandler() : DelegatingHandler(new SocketsHttpHandler())
    {
        public List<Uri> Sent { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (Sent)
            {
                Sent.Add(request.RequestUri!);
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
