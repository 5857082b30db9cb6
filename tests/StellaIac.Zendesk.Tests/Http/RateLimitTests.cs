using StellaIac.Zendesk.Emulator;
using StellaIac.Zendesk.Http;

namespace StellaIac.Zendesk.Tests.Http;

public sealed class RateLimitTests
{
    private static ZendeskClient ClientFor(ZendeskEmulator emulator, Func<ZendeskClientOptions, ZendeskClientOptions> configure)
        => new(configure(new ZendeskClientOptions
        {
            Endpoint = ZendeskEndpoint.FromUrl(emulator.BaseAddress.ToString()),
            Credentials = ZendeskCredentials.ApiToken(EmulatorOptions.DefaultEmail, EmulatorOptions.DefaultApiToken),
        }));

    [Fact]
    public async Task The_client_paces_itself_when_the_remaining_budget_runs_low()
    {
        await using var emulator = await ZendeskEmulator.StartAsync(new EmulatorOptions { RateLimitPerMinute = 600 });
        var events = new List<ZendeskRequestEvent>();
        using var client = ClientFor(emulator, o => o with
        {
            RateLimitReserve = 0.999,
            OnRequest = events.Add,
        });

        for (var i = 0; i < 4; i++)
        {
            await client.AccountSettings.GetAsync();
        }

        Assert.Equal(TimeSpan.Zero, events[0].ThrottleDelay);
        Assert.All(events.Skip(1), e => Assert.Equal(TimeSpan.FromMilliseconds(100), e.ThrottleDelay));
    }

    [Fact]
    public async Task A_spent_budget_waits_for_the_window_to_reset_instead_of_earning_a_429()
    {
        await using var emulator = await ZendeskEmulator.StartAsync(new EmulatorOptions { RateLimitPerMinute = 1 });
        var events = new List<ZendeskRequestEvent>();
        using var client = ClientFor(emulator, o => o with
        {
            RateLimitReserve = 0,
            AttemptTimeout = TimeSpan.FromSeconds(2),
            OnRequest = events.Add,
        });
        await client.AccountSettings.GetAsync();
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(1));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.AccountSettings.GetAsync(cancel.Token));

        Assert.Single(events);
        Assert.Single(await new Emulator.Control.EmulatorControl(emulator.BaseAddress).RequestsAsync());
    }

    [Fact]
    public async Task A_429_asking_for_longer_than_the_client_waits_fails_with_the_wait_Zendesk_asked_for()
    {
        await using var emulator = await ZendeskEmulator.StartAsync(new EmulatorOptions { RateLimitPerMinute = 2 });
        var events = new List<ZendeskRequestEvent>();
        using var client = ClientFor(emulator, o => o with
        {
            RateLimitReserve = 0,
            Retry = new RetryOptions { MaxRetries = 1, MaxRetryAfter = TimeSpan.FromSeconds(1) },
            OnRequest = events.Add,
        });
        using (var other = ClientFor(emulator, o => o with
        {
            RateLimitReserve = 0,
        }))
        {
            await other.AccountSettings.GetAsync();
            await other.AccountSettings.GetAsync();
        }

        var limited = await Assert.ThrowsAsync<Errors.ZendeskRateLimitException>(() => client.AccountSettings.GetAsync());

        Assert.InRange(limited.RetryAfter!.Value, TimeSpan.FromSeconds(50), TimeSpan.FromSeconds(60));
        Assert.Equal(System.Net.HttpStatusCode.TooManyRequests, Assert.Single(events).Status);
    }
}
