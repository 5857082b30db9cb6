using System.Globalization;
using System.Text.Json.Nodes;
using StellaIac.Zendesk.Emulator.Api;

namespace StellaIac.Zendesk.Emulator.OAuth;

/// <summary>
/// <c>POST /oauth/tokens</c> with the client-credentials and refresh-token grants for the configured client, and
/// revocation: <c>DELETE /api/v2/oauth/tokens/current</c> (the caller's token) and <c>/api/v2/oauth/tokens/{id}</c>.
/// </summary>
internal static class OAuthTokensApi
{
    public static void Map(WebApplication app, OAuthIssuer issuer)
    {
        app.MapPost("/oauth/tokens", async (HttpRequest http) =>
        {
            var (body, error) = await RequestBody.ReadAsync(http);
            return error ?? Grant(issuer, body!);
        });
        app.MapDelete("/api/v2/oauth/tokens/current", (HttpRequest http) =>
            issuer.Revoke(t => "Bearer " + t.AccessToken == http.Headers.Authorization.ToString()) ? JsonAnswer.NoContent() : ZendeskAnswers.RecordNotFound());
        app.MapDelete("/api/v2/oauth/tokens/{id}", (string id) =>
            long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var key) && issuer.Revoke(t => t.Id == key) ? JsonAnswer.NoContent() : ZendeskAnswers.RecordNotFound());
    }

    private static JsonAnswer Grant(OAuthIssuer issuer, JsonObject body)
    {
        var grantType = JsonRead.Text(body["grant_type"]);
        if (grantType is not ("client_credentials" or "refresh_token"))
        {
            return OAuthError(StatusCodes.Status400BadRequest, "unsupported_grant_type", $"The emulator supports the client_credentials and refresh_token grants, not '{grantType}'.");
        }

        if (!issuer.Knows(JsonRead.Text(body["client_id"]) ?? "", JsonRead.Text(body["client_secret"]) ?? ""))
        {
            return OAuthError(StatusCodes.Status401Unauthorized, "invalid_client", "Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method.");
        }

        if (grantType == "refresh_token" && !issuer.Redeem(JsonRead.Text(body["refresh_token"]) ?? ""))
        {
            return OAuthError(StatusCodes.Status400BadRequest, "invalid_grant", "The provided authorization grant is invalid, expired, revoked, or was issued to another client.");
        }

        var token = issuer.Issue(JsonRead.Text(body["scope"]) ?? "read");
        return JsonAnswer.Created(new JsonObject
        {
            ["access_token"] = token.AccessToken,
            ["token_type"] = "bearer",
            ["scope"] = token.Scope,
            ["expires_in"] = (long)issuer.Lifetime.TotalSeconds,
            ["refresh_token"] = token.RefreshToken,
            ["refresh_token_expires_in"] = (long)OAuthIssuer.RefreshLifetime.TotalSeconds,
        });
    }

    private static JsonAnswer OAuthError(int status, string error, string description)
        => new(status, new JsonObject { ["error"] = error, ["error_description"] = description });
}
