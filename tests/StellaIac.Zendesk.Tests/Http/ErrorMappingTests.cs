using System.Net;
using StellaIac.Zendesk.Emulator.Pipeline;
using StellaIac.Zendesk.Errors;

namespace StellaIac.Zendesk.Tests.Http;

public sealed class ErrorMappingTests(KeyedEmulatorFixture zendesk) : ZendeskTestBase(zendesk)
{
    [Fact]
    public async Task Refused_credentials_map_to_the_authentication_error_without_the_token()
    {
        using var client = new ZendeskClient(Zendesk.ClientOptions(ZendeskCredentials.ApiToken("admin@example.com", "wrong-token-5521")));

        var refused = await Assert.ThrowsAsync<ZendeskAuthenticationException>(() => client.Brands.ListAsync().ToListAsync().AsTask());

        Assert.Equal(HttpStatusCode.Unauthorized, refused.Status);
        Assert.Contains("401 Unauthorized: Couldn't authenticate you", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-token-5521", refused.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-token-5521", client.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_OAuth_token_is_sent_as_a_bearer_token()
    {
        using var client = new ZendeskClient(Zendesk.ClientOptions(ZendeskCredentials.OAuth(Emulator.EmulatorOptions.DefaultOAuthToken)));

        var brands = await client.Brands.ListAsync().ToListAsync();

        Assert.Single(brands);
    }

    [Theory]
    [InlineData(403, typeof(ZendeskForbiddenException))]
    [InlineData(404, typeof(ZendeskNotFoundException))]
    [InlineData(409, typeof(ZendeskConflictException))]
    [InlineData(400, typeof(ZendeskValidationException))]
    [InlineData(422, typeof(ZendeskValidationException))]
    [InlineData(418, typeof(ZendeskException))]
    public async Task Each_status_maps_to_its_exception(int status, Type expected)
    {
        await Control.AddFaultAsync(new Fault { Method = "GET", Path = "/api/v2/account/settings", Status = status, Body = "{\"error\":\"Injected\",\"description\":\"status on purpose\"}" });

        var thrown = await Assert.ThrowsAnyAsync<ZendeskException>(() => Client.AccountSettings.GetAsync());

        Assert.Equal(expected, thrown.GetType());
        Assert.Equal((HttpStatusCode)status, thrown.Status);
        Assert.Contains("GET /api/v2/account/settings", thrown.Message, StringComparison.Ordinal);
        Assert.Contains("status on purpose", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_error_that_outlasts_the_retries_maps_to_the_server_error()
    {
        await Control.AddFaultAsync(new Fault { Path = "/api/v2/account/settings", Status = 500, Times = 10 });

        var thrown = await Assert.ThrowsAsync<ZendeskServerException>(() => Client.AccountSettings.GetAsync());

        Assert.Equal(HttpStatusCode.InternalServerError, thrown.Status);
        Assert.Equal(1 + EmulatorFixture.FastRetry.MaxRetries, (await Control.RequestsAsync()).Count);
    }

    [Fact]
    public async Task A_plain_text_error_body_is_kept_as_the_message()
    {
        await Control.AddFaultAsync(new Fault { Path = "/api/v2/brands", Status = 429, RetryAfterSeconds = 3600, Body = "You have exceeded the rate limit for updating a single unique user" });

        var thrown = await Assert.ThrowsAsync<ZendeskRateLimitException>(() => Client.Brands.ListAsync().ToListAsync().AsTask());

        Assert.Equal(TimeSpan.FromHours(1), thrown.RetryAfter);
        Assert.Contains("exceeded the rate limit", thrown.Message, StringComparison.Ordinal);
        Assert.Single(await Control.RequestsAsync());
    }

    [Fact]
    public async Task Credentials_echoed_in_an_error_are_scrubbed()
    {
        await Control.AddFaultAsync(new Fault { Path = "/api/v2/brands", Status = 422, Body = $"{{\"error\":\"RecordInvalid\",\"description\":\"token {Emulator.EmulatorOptions.DefaultApiToken} is odd\"}}" });

        var thrown = await Assert.ThrowsAsync<ZendeskValidationException>(() => Client.Brands.ListAsync().ToListAsync().AsTask());

        Assert.DoesNotContain(Emulator.EmulatorOptions.DefaultApiToken, thrown.Message, StringComparison.Ordinal);
        Assert.Contains("token [secret] is odd", thrown.Message, StringComparison.Ordinal);
    }
}
