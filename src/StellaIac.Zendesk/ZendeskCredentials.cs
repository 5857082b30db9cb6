using System.Net.Http.Headers;
using System.Text;

namespace StellaIac.Zendesk;

/// <summary>How the client proves who it is. Never prints the secret it holds.</summary>
public abstract class ZendeskCredentials
{
    private protected ZendeskCredentials()
    {
    }

    /// <summary>The secret values a message must never contain.</summary>
    internal abstract IReadOnlyList<string> SecretValues { get; }

    internal abstract AuthenticationHeaderValue ToHeader();

    /// <summary>An API token: basic auth as <c>{email}/token:{token}</c>. Zendesk retires API tokens on 2027-04-30.</summary>
    public static ZendeskCredentials ApiToken(string email, string token)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        return new ApiTokenCredentials(email, token);
    }

    /// <summary>An OAuth access token, sent as a bearer token.</summary>
    public static ZendeskCredentials OAuth(string accessToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accessToken);
        return new OAuthCredentials(accessToken);
    }

    private sealed class ApiTokenCredentials(string email, string token) : ZendeskCredentials
    {
        internal override IReadOnlyList<string> SecretValues { get; } = [token, Convert.ToBase64String(Encoding.UTF8.GetBytes($"{email}/token:{token}"))];

        internal override AuthenticationHeaderValue ToHeader()
            => new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{email}/token:{token}")));

        public override string ToString() => $"API token for {email} ([secret])";
    }

    private sealed class OAuthCredentials(string accessToken) : ZendeskCredentials
    {
        internal override IReadOnlyList<string> SecretValues { get; } = [accessToken];

        internal override AuthenticationHeaderValue ToHeader() => new("Bearer", accessToken);

        public override string ToString() => "OAuth access token ([secret])";
    }
}
