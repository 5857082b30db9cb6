using System.Security.Cryptography;

namespace StellaIac.Zendesk.Emulator.OAuth;

/// <summary>
/// The access and refresh tokens the emulator issued to its one OAuth client, in memory: each access token
/// expires after the configured lifetime and can be revoked; a refresh token is spent when used.
/// </summary>
internal sealed class OAuthIssuer(EmulatorOptions options, TimeProvider time)
{
    /// <summary>Zendesk's default refresh-token lifetime: 30 days.</summary>
    public static readonly TimeSpan RefreshLifetime = TimeSpan.FromDays(30);

    private readonly Lock gate = new();
    private readonly Dictionary<string, IssuedToken> accessTokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> refreshTokens = new(StringComparer.Ordinal);
    private long nextId = 1;

    public TimeSpan Lifetime => options.OAuthTokenTtl;

    public bool Knows(string clientId, string clientSecret)
        => options.OAuthClientId is { } id && options.OAuthClientSecret is { } secret
            && CryptographicOperations.FixedTimeEquals(System.Text.Encoding.UTF8.GetBytes(clientId + "\n" + clientSecret), System.Text.Encoding.UTF8.GetBytes(id + "\n" + secret));

    public IssuedToken Issue(string scope)
    {
        lock (gate)
        {
            var token = new IssuedToken(nextId++, NewSecret(), NewSecret(), scope, time.GetUtcNow() + options.OAuthTokenTtl);
            accessTokens[token.AccessToken] = token;
            refreshTokens[token.RefreshToken] = time.GetUtcNow() + RefreshLifetime;
            return token;
        }
    }

    /// <summary>Spends a refresh token: true when it was issued here, not yet used and not expired.</summary>
    public bool Redeem(string refreshToken)
    {
        lock (gate)
        {
            return refreshTokens.Remove(refreshToken, out var expires) && time.GetUtcNow() < expires;
        }
    }

    public TokenState Check(string accessToken)
    {
        lock (gate)
        {
            return !accessTokens.TryGetValue(accessToken, out var token) ? TokenState.Unknown
                : token.Revoked ? TokenState.Revoked
                : time.GetUtcNow() >= token.ExpiresAt ? TokenState.Expired
                : TokenState.Valid;
        }
    }

    /// <summary>Revokes the token with this value, or with this id; false when there is none.</summary>
    public bool Revoke(Func<IssuedToken, bool> which)
    {
        lock (gate)
        {
            var found = accessTokens.Values.Where(which).ToList();
            foreach (var token in found)
            {
                accessTokens[token.AccessToken] = token with { Revoked = true };
            }

            return found.Count > 0;
        }
    }

    /// <summary>Every token value issued, for tests that check none of them leaked.</summary>
    public IReadOnlyList<string> Issued()
    {
        lock (gate)
        {
            return [.. accessTokens.Values.SelectMany(t => new[] { t.AccessToken, t.RefreshToken })];
        }
    }

    private static string NewSecret() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
}
