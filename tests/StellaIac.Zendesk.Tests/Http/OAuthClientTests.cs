using StellaIac.Zendesk.Emulator;
using StellaIac.Zendesk.Emulator.Control;
using StellaIac.Zendesk.Errors;
using StellaIac.Zendesk.TriggerCategories;

namespace StellaIac.Zendesk.Tests.Http;

/// <summary>
/// The client-credentials grant against an emulator whose tokens last two seconds and whose API answers after
/// 150 ms: a run longer than a token's life renews it, and no write goes twice.
/// </summary>
public sealed class OAuthClientTests : IAsyncLifetime, IDisposable
{
    private const string Secret = "oauth-secret-5531";

    private static readonly EmulatorOptions ShortLivedTokens = new()
    {
        OAuthClientId = "stella-iac-ci",
        OAuthClientSecret = Secret,
        OAuthTokenTtl = TimeSpan.FromSeconds(2),
        Latency = TimeSpan.FromMilliseconds(150),
    };

    private ZendeskEmulator emulator = null!;
    private EmulatorControl control = null!;

    public async Task InitializeAsync()
    {
        emulator = await ZendeskEmulator.StartAsync(ShortLivedTokens);
        control = new EmulatorControl(emulator.BaseAddress);
    }

    public async Task DisposeAsync() => await emulator.DisposeAsync();

    public void Dispose() => control.Dispose();

    [Fact]
    public async Task A_run_longer_than_a_token_renews_it_and_writes_each_object_once()
    {
        using var client = Client(Secret);
        var started = TimeProvider.System.GetTimestamp();

        for (var i = 0; i < 16; i++)
        {
            await client.TriggerCategories.CreateAsync(new TriggerCategoryContent { Name = $"Category {i}" });
        }

        Assert.True(TimeProvider.System.GetElapsedTime(started) > TimeSpan.FromSeconds(2), "the run must outlive one token");
        var log = await control.RequestsAsync();
        Assert.True(log.Count(r => r.Path == "/oauth/tokens" && r.Status == 201) >= 2, "the token was renewed");
        Assert.Equal(16, log.Count(r => r.Method == "POST" && r.Path == "/api/v2/trigger_categories" && r.Status == 200));
        var names = (await client.TriggerCategories.ListAsync().ToListAsync()).Select(c => c.Name).Where(n => n.StartsWith("Category ", StringComparison.Ordinal)).ToList();
        Assert.Equal(16, names.Count);
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    [Fact]
    public async Task A_revoked_token_is_replaced_once_and_the_write_goes_through_once()
    {
        using var client = Client(Secret);
        await client.Brands.ListAsync().ToListAsync();
        await control.RevokeOAuthTokensAsync();
        await control.ClearRequestsAsync();

        await client.TriggerCategories.CreateAsync(new TriggerCategoryContent { Name = "Stella Connect" });

        var seen = (await control.RequestsAsync()).Select(r => $"{r.Method} {r.Path} {r.Status}").ToList();
        Assert.Equal(["POST /api/v2/trigger_categories 401", "POST /oauth/tokens 201", "POST /api/v2/trigger_categories 200"], seen);
        Assert.Single(await client.TriggerCategories.ListAsync().ToListAsync(), c => c.Name == "Stella Connect");
    }

    [Fact]
    public async Task A_wrong_client_secret_is_refused_naming_the_client_and_not_the_secret()
    {
        using var client = Client("not-the-secret-8812");

        var refused = await Assert.ThrowsAsync<ZendeskAuthenticationException>(() => client.Brands.ListAsync().ToListAsync().AsTask());

        Assert.Contains("OAuth client 'stella-iac-ci'", refused.Message, StringComparison.Ordinal);
        Assert.Contains("zendesk:oauthClientSecret", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-secret-8812", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-secret-8812", client.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_request_log_keeps_neither_the_client_secret_nor_any_token()
    {
        using var client = Client(Secret);
        await client.Brands.ListAsync().ToListAsync();
        await Task.Delay(TimeSpan.FromSeconds(1.8));
        await client.Brands.ListAsync().ToListAsync();

        var log = string.Join("\n", (await control.RequestsAsync()).Select(r => $"{r.Method} {r.Path} {r.Body?.ToJsonString()}"));
        var issued = await control.IssuedOAuthTokensAsync();
        Assert.True(issued.Count >= 4, "two grants: two access and two refresh tokens");
        Assert.Contains("refresh_token", log, StringComparison.Ordinal);
        Assert.All(issued.Append(Secret), secret => Assert.DoesNotContain(secret, log, StringComparison.Ordinal));
    }

    private ZendeskClient Client(string secret) => new(new ZendeskClientOptions
    {
        Endpoint = ZendeskEndpoint.FromUrl(emulator.BaseAddress.ToString()),
        Credentials = ZendeskCredentials.OAuthClient("stella-iac-ci", secret),
        Retry = EmulatorFixture.FastRetry,
    });
}
