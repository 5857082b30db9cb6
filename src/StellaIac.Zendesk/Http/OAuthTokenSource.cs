using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using StellaIac.Zendesk.Errors;

namespace StellaIac.Zendesk.Http;

/// <summary>
/// Access tokens for an OAuth client, from <c>POST /oauth/tokens</c>: the client-credentials grant at first use,
/// the refresh-token grant (falling back to client credentials) before a token expires. Tokens live in this
/// object only: never in state, logs or messages.
/// </summary>
internal sealed class OAuthTokenSource(HttpClient http, OAuthClientGrant grant, TimeSpan attemptTimeout, TimeProvider time) : IDisposable
{
    private const string TokenPath = "oauth/tokens";

    /// <summary>Renew this long before expiry at most; a short-lived token is renewed when a fifth of its life is left.</summary>
    private static readonly TimeSpan RenewalMargin = TimeSpan.FromSeconds(60);

    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly List<string> issued = [];
    private AccessToken? current;

    /// <summary>Every token this source obtained, so that a message quoting one can be scrubbed.</summary>
    public IReadOnlyList<string> SecretValues
    {
        get
        {
            lock (issued)
            {
                return [.. issued];
            }
        }
    }

    public async ValueTask<AuthenticationHeaderValue> HeaderAsync(CancellationToken ct)
    {
        if (current is { } fresh && time.GetUtcNow() < fresh.RenewAt)
        {
            return fresh.Header;
        }

        await gate.WaitAsync(ct);
        try
        {
            if (current is null || time.GetUtcNow() >= current.RenewAt)
            {
                current = await ObtainAsync(current?.RefreshToken, ct);
            }

            return current.Header;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// Zendesk said the token <paramref name="used"/> expired or was revoked: the next header is a new token (unless
    /// another request already replaced it, whose token is then the one to retry with).
    /// </summary>
    public void Forget(AuthenticationHeaderValue used)
    {
        var token = current;
        if (token is not null && ReferenceEquals(token.Header, used))
        {
            current = token with { RenewAt = DateTimeOffset.MinValue };
        }
    }

    public void Dispose() => gate.Dispose();

    private async Task<AccessToken> ObtainAsync(string? refreshToken, CancellationToken ct)
    {
        if (refreshToken is not null)
        {
            var (refreshed, _) = await RequestAsync(new TokenRequest("refresh_token", grant.ClientId, grant.ClientSecret, grant.Scopes, refreshToken), ct);
            if (refreshed is not null)
            {
                return refreshed;
            }
        }

        var (token, failure) = await RequestAsync(new TokenRequest("client_credentials", grant.ClientId, grant.ClientSecret, grant.Scopes, null), ct);
        return token ?? throw failure!;
    }

    private async Task<(AccessToken? Token, ZendeskException? Failure)> RequestAsync(TokenRequest body, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(attemptTimeout);
        using var request = new HttpRequestMessage(HttpMethod.Post, TokenPath) { Content = JsonContent.Create(body) };
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, timeout.Token);
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException && !ct.IsCancellationRequested)
        {
            throw new ZendeskTransportException(HttpMethod.Post, "/" + TokenPath, $"no access token for {grant}: {ex.Message}", ex) { MayHaveBeenApplied = false };
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(ct);
            if (response.IsSuccessStatusCode && Answer(text) is { AccessToken.Length: > 0 } answer)
            {
                return (Remember(answer), null);
            }

            var error = ZendeskError.Parse(text).Redacted([body.ClientSecret, body.RefreshToken ?? ""]);
            return (null, Refused(response.StatusCode, error));
        }
    }

    private AccessToken Remember(TokenAnswer answer)
    {
        lock (issued)
        {
            issued.Add(answer.AccessToken);
            if (answer.RefreshToken is { Length: > 0 } refresh)
            {
                issued.Add(refresh);
            }
        }

        var now = time.GetUtcNow();
        var lifetime = answer.ExpiresIn is > 0 and { } seconds ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
        var renewAt = lifetime is { } life ? now + life - TimeSpan.FromTicks(Math.Min(RenewalMargin.Ticks, life.Ticks / 5)) : DateTimeOffset.MaxValue;
        return new AccessToken(new AuthenticationHeaderValue("Bearer", answer.AccessToken), renewAt, answer.RefreshToken);
    }

    private ZendeskException Refused(HttpStatusCode status, ZendeskError error)
    {
        var said = error.ToString();
        var message = $"Zendesk refused {grant} at POST /{TokenPath}: {(int)status}{(said.Length > 0 ? $" ({said})" : "")}. "
            + "Check zendesk:oauthClientId and zendesk:oauthClientSecret against the client in Admin Center > Apps and integrations > APIs > OAuth clients.";
        return status is HttpStatusCode.Unauthorized or HttpStatusCode.BadRequest or HttpStatusCode.Forbidden
            ? new ZendeskAuthenticationException(HttpMethod.Post, "/" + TokenPath, status, error, message)
            : ZendeskErrors.FromResponse(HttpMethod.Post, "/" + TokenPath, status, error, null);
    }

    private static TokenAnswer? Answer(string text)
    {
        try
        {
            return JsonSerializer.Deserialize<TokenAnswer>(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record AccessToken(AuthenticationHeaderValue Header, DateTimeOffset RenewAt, string? RefreshToken);

    internal sealed record TokenRequest(
        [property: JsonPropertyName("grant_type")] string GrantType,
        [property: JsonPropertyName("client_id")] string ClientId,
        [property: JsonPropertyName("client_secret")] string ClientSecret,
        [property: JsonPropertyName("scope")] string Scope,
        [property: JsonPropertyName("refresh_token"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? RefreshToken);

    internal sealed record TokenAnswer(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("expires_in")] int? ExpiresIn,
        [property: JsonPropertyName("refresh_token")] string? RefreshToken);
}
