using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace StellaIac.Zendesk.Emulator.Tests;

/// <summary>POST /oauth/tokens for the configured client, and what the API answers to the tokens it issues.</summary>
public sealed class OAuthTokensTests(EmulatorFixture zendesk) : EmulatorTestBase(zendesk), IDisposable
{
    private readonly HttpClient anonymous = new() { BaseAddress = zendesk.Emulator.BaseAddress };

    public void Dispose() => anonymous.Dispose();

    [Fact]
    public async Task The_client_credentials_grant_issues_a_bearer_token_the_API_accepts()
    {
        var (status, token) = await GrantAsync(new { grant_type = "client_credentials", client_id = EmulatorOptions.DefaultOAuthClientId, client_secret = EmulatorOptions.DefaultOAuthClientSecret, scope = "read write" });

        Assert.Equal(201, status);
        Assert.Equal("bearer", (string?)token["token_type"]);
        Assert.Equal(1800, (int)token["expires_in"]!);
        Assert.Equal("read write", (string?)token["scope"]);
        Assert.Equal(200, await BrandsStatusAsync((string)token["access_token"]!));
    }

    [Fact]
    public async Task A_wrong_secret_gets_invalid_client_and_an_unknown_grant_unsupported_grant_type()
    {
        var (wrong, refused) = await GrantAsync(new { grant_type = "client_credentials", client_id = EmulatorOptions.DefaultOAuthClientId, client_secret = "nope" });
        var (password, unsupported) = await GrantAsync(new { grant_type = "password", client_id = EmulatorOptions.DefaultOAuthClientId, client_secret = EmulatorOptions.DefaultOAuthClientSecret });

        Assert.Equal((401, "invalid_client"), (wrong, (string?)refused["error"]));
        Assert.Equal((400, "unsupported_grant_type"), (password, (string?)unsupported["error"]));
    }

    [Fact]
    public async Task A_refresh_token_gives_a_new_access_token_once()
    {
        var (_, first) = await GrantAsync(new { grant_type = "client_credentials", client_id = EmulatorOptions.DefaultOAuthClientId, client_secret = EmulatorOptions.DefaultOAuthClientSecret });
        var refresh = new { grant_type = "refresh_token", client_id = EmulatorOptions.DefaultOAuthClientId, client_secret = EmulatorOptions.DefaultOAuthClientSecret, refresh_token = (string)first["refresh_token"]! };

        var (status, second) = await GrantAsync(refresh);
        var (again, spent) = await GrantAsync(refresh);

        Assert.Equal(201, status);
        Assert.NotEqual((string?)first["access_token"], (string?)second["access_token"]);
        Assert.Equal((400, "invalid_grant"), (again, (string?)spent["error"]));
    }

    [Fact]
    public async Task A_revoked_token_gets_Zendesks_401_invalid_token()
    {
        var (_, token) = await GrantAsync(new { grant_type = "client_credentials", client_id = EmulatorOptions.DefaultOAuthClientId, client_secret = EmulatorOptions.DefaultOAuthClientSecret });
        var access = (string)token["access_token"]!;
        using var revoke = new HttpRequestMessage(HttpMethod.Delete, "api/v2/oauth/tokens/current") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", access) } };

        using var revoked = await anonymous.SendAsync(revoke);
        using var after = await SendWithTokenAsync(access);

        Assert.Equal(204, (int)revoked.StatusCode);
        Assert.Equal(401, (int)after.StatusCode);
        Assert.Contains("error=\"invalid_token\"", after.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal("The access token was revoked", (string?)(await after.Content.ReadFromJsonAsync<JsonObject>())!["error_description"]);
    }

    [Fact]
    public async Task A_token_past_its_lifetime_gets_401_expired()
    {
        await using var shortLived = await ZendeskEmulator.StartAsync(new EmulatorOptions { OAuthTokenTtl = TimeSpan.FromSeconds(1) });
        using var http = new HttpClient { BaseAddress = shortLived.BaseAddress };
        using var grant = await http.PostAsJsonAsync("oauth/tokens", new { grant_type = "client_credentials", client_id = EmulatorOptions.DefaultOAuthClientId, client_secret = EmulatorOptions.DefaultOAuthClientSecret });
        var access = (string)(await grant.Content.ReadFromJsonAsync<JsonObject>())!["access_token"]!;
        await Task.Delay(TimeSpan.FromSeconds(1.2));

        using var request = new HttpRequestMessage(HttpMethod.Get, "api/v2/brands") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", access) } };
        using var expired = await http.SendAsync(request);

        Assert.Equal(401, (int)expired.StatusCode);
        Assert.Equal("The access token expired", (string?)(await expired.Content.ReadFromJsonAsync<JsonObject>())!["error_description"]);
    }

    [Fact]
    public void The_OAuth_client_and_token_lifetime_are_options()
    {
        var options = EmulatorOptions.Parse(["--oauth-client-id", "ci", "--oauth-client-secret", "s", "--oauth-token-ttl", "5"]);

        Assert.Equal(("ci", "s", TimeSpan.FromSeconds(5)), (options.OAuthClientId, options.OAuthClientSecret, options.OAuthTokenTtl));
        Assert.Contains("above zero", Assert.Throws<ArgumentException>(() => EmulatorOptions.Parse(["--oauth-token-ttl", "0"])).Message, StringComparison.Ordinal);
    }

    private async Task<(int Status, JsonObject Body)> GrantAsync(object body)
    {
        using var response = await anonymous.PostAsJsonAsync("oauth/tokens", body);
        return ((int)response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonObject>())!);
    }

    private async Task<int> BrandsStatusAsync(string access)
    {
        using var response = await SendWithTokenAsync(access);
        return (int)response.StatusCode;
    }

    private async Task<HttpResponseMessage> SendWithTokenAsync(string access)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/v2/brands") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", access) } };
        return await anonymous.SendAsync(request);
    }
}
