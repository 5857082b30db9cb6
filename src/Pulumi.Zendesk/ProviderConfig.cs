using System.Collections.Immutable;
using Pulumi.Zendesk.Schema;
using StellaIac.Engine.Configuration;
using StellaIac.Engine.Values;
using StellaIac.Zendesk;

namespace Pulumi.Zendesk;

/// <summary>
/// The provider's configuration, namespace <c>zendesk:</c>: <c>subdomain</c> or <c>url</c>, <c>email</c>, and
/// <c>apiToken</c> or <c>oauthToken</c> (secrets). <c>emulator: true</c> is for the CLI, which starts the
/// embedded emulator and passes its url and credentials.
/// </summary>
public static class ProviderConfig
{
    /// <summary>
    /// The keys a stack or a Pulumi program sets, declared once: the embedded engine keeps the secret ones
    /// encrypted in state, and the plugin's package schema lists them all.
    /// </summary>
    public static IReadOnlyList<ConfigVariable> Variables { get; } =
    [
        new("subdomain", "The account's subdomain: acme for https://acme.zendesk.com. Set this or url."),
        new("url", "The account's address, for a host mapped to Zendesk (or the emulator on loopback). Set this or subdomain."),
        new("email", "The address of the user an API token acts for (with apiToken)."),
        new("apiToken", "A Zendesk API token (with email). Zendesk switches API tokens off on 2027-04-30: prefer oauthToken.", Secret: true),
        new("oauthToken", "An OAuth access token.", Secret: true),
    ];

    public static ZendeskClientOptions ToClientOptions(ImmutableDictionary<string, PropertyValue> config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var subdomain = Props.String(config, "subdomain");
        var url = Props.String(config, "url");
        ZendeskEndpoint endpoint;
        try
        {
            endpoint = (subdomain, url) switch
            {
                (null, null) => throw new ConfigurationException("zendesk:subdomain or zendesk:url is required: set it with `config set zendesk:subdomain <your subdomain>`, or set zendesk:emulator true for the local emulator."),
                ({ }, { }) => throw new ConfigurationException("zendesk:subdomain and zendesk:url are both set; keep one."),
                ({ } s, null) => ZendeskEndpoint.FromSubdomain(s),
                (null, { } u) => ZendeskEndpoint.FromUrl(u),
            };
        }
        catch (ArgumentException ex)
        {
            throw new ConfigurationException($"zendesk:{(subdomain is null ? "url" : "subdomain")}: {ex.Message}", ex);
        }

        var email = Props.String(config, "email");
        var token = Props.String(config, "apiToken");
        var oauth = Props.String(config, "oauthToken");
        var credentials = (token, oauth) switch
        {
            ({ }, { }) => throw new ConfigurationException("zendesk:apiToken and zendesk:oauthToken are both set; keep one (OAuth: API tokens stop working on 2027-04-30)."),
            (null, { } o) => ZendeskCredentials.OAuth(o),
            ({ } t, null) when email is not null => ZendeskCredentials.ApiToken(email, t),
            ({ }, null) => throw new ConfigurationException("zendesk:apiToken needs zendesk:email, the address of the user the token acts for."),
            _ => throw new ConfigurationException("zendesk:oauthToken (or zendesk:apiToken with zendesk:email) is required: set it with `config set --secret zendesk:oauthToken <token>`."),
        };
        return new ZendeskClientOptions { Endpoint = endpoint, Credentials = credentials };
    }
}
