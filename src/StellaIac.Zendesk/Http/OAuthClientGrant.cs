namespace StellaIac.Zendesk.Http;

/// <summary>An OAuth client's id, secret and the scopes its tokens ask for (space-separated, e.g. <c>read write</c>).</summary>
internal sealed record OAuthClientGrant(string ClientId, string ClientSecret, string Scopes)
{
    public override string ToString() => $"OAuth client '{ClientId}'";
}
