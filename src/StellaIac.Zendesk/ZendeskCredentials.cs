using System.Net.Http.Headers;
using System.Text;
using StellaIac.Zendesk.Http;

namespace StellaIac.Zendesk;

/// <summary>How the client proves who it is. Never prints the secret it holds.</summary>
public abstract class ZendeskCredentials
{
    private protected ZendeskCredentials()
    {
    }

    /// <summary>The secret values a message must never contain.</summary>
    internal abstract IReadOnlyList<string> SecretValues { get; }

    /// <summary>The fixed header of a credential that needs no token exchange; null for an OAuth client, whose tokens come and go.</summary>
    internal abstract AuthenticationHeaderValue? ToHeader();

    /// <summary>The OAuth client whose tokens the connection obtains with the client-credentials grant; null for fixed credentials.</summary>
    internal virtual OAuthClientGrant? Grant => null;

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

    /// <summary>
    /// An OAuth client registered in Zendesk (Admin Center &gt; Apps and integrations &gt; APIs &gt; OAuth clients): the
    /// connection obtains access tokens with the client-credentials grant, keeps them in memory only and renews them
    /// before they expire.
    /// </summary>
    public static ZendeskCredentials OAuthClient(string clientId, string clientSecret, string scopes = DefaultScopes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clientId);
        ArgumentException.ThrowIfNullOrWhiteSpace(clientSecret);
        ArgumentException.ThrowIfNullOrWhiteSpace(scopes);
        return new OAuthClientCredentials(new OAuthClientGrant(clientId, clientSecret, scopes));
    }

    /// <summary>What the resources need: reading and writing webhooks, ticket fields, triggers, automations and settings.</summary>
    public const string DefaultScopes = "read write";

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

    private sealed class OAuthClientCredentials(OAuthClientGrant grant) : ZendeskCredentials
    {
        internal override IReadOnlyList<string> SecretValues { get; } = [grant.ClientSecret];

        internal override OAuthClientGrant Grant => grant;

        internal override AuthenticationHeaderValue? ToHeader() => null;

        public override string ToString() => $"OAuth client '{grant.ClientId}' ([secret])";
    }
}
