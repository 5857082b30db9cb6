using System.Collections.Immutable;
using System.Globalization;
using Pulumi.Zendesk.Schema;
using StellaIac.Engine.Configuration;
using StellaIac.Engine.Values;
using StellaIac.Zendesk;

namespace Pulumi.Zendesk;

/// <summary>
/// The provider's configuration, namespace <c>zendesk:</c>, declared once in <see cref="Keys"/>. Credentials, in
/// order of precedence: an OAuth client (<c>oauthClientId</c> + <c>oauthClientSecret</c>, tokens obtained and
/// renewed by the client), an OAuth access token you minted (<c>oauthToken</c>), an API token (<c>email</c> +
/// <c>apiToken</c>, switched off by Zendesk on 2027-04-30). A stack that sets more than one kind uses the first
/// and is warned about the others.
/// </summary>
public static class ProviderConfig
{
    /// <summary>The day Zendesk switches every API token off.</summary>
    public const string ApiTokenSunset = "2027-04-30";

    private static readonly string[][] CredentialKinds = [["oauthClientId", "oauthClientSecret"], ["oauthToken"], ["apiToken"]];

    public static IReadOnlyList<ProviderConfigKey> Keys { get; } =
    [
        new("subdomain", "The account's subdomain: https://<subdomain>.zendesk.com."),
        new("url", "The account's URL instead of a subdomain (plain http on loopback only, for the emulator)."),
        new("oauthClientId", "The unique identifier of an OAuth client in Zendesk; access tokens are obtained with the client-credentials grant and renewed before they expire."),
        new("oauthClientSecret", "The OAuth client's secret.", Secret: true),
        new("oauthScopes", $"The scopes the client's tokens ask for, space-separated (default '{ZendeskCredentials.DefaultScopes}')."),
        new("oauthToken", "An OAuth access token you minted yourself; it stops working when it expires.", Secret: true),
        new("email", "The user an API token acts for."),
        new("apiToken", $"An API token (Zendesk switches API tokens off on {ApiTokenSunset}).", Secret: true),
        new("emulator", "true: run against the embedded Zendesk emulator (the CLI starts it)."),
        new(RateLimitKey, "The most requests a minute a command sends, leaving the rest of the account's rate limit to its other integrations (the CLI's --rate-limit sets it for one run)."),
    ];

    /// <summary>The keys as the engine checks stack files against them: in the <c>zendesk</c> namespace, credentials secret.</summary>
    public static IReadOnlyList<ConfigDeclaration> Declarations { get; } = [.. Keys.Select(k => new ConfigDeclaration(new ConfigKey(ZendeskProvider.Package, k.Name), k.Secret))];

    /// <summary>The key of the command's own request budget (<see cref="RateLimit"/>).</summary>
    public const string RateLimitKey = "rateLimit";

    public static ZendeskClientOptions ToClientOptions(ImmutableDictionary<string, PropertyValue> config)
    {
        ArgumentNullException.ThrowIfNull(config);
        _ = RateLimit(config);
        return new ZendeskClientOptions { Endpoint = Endpoint(config), Credentials = Credentials(config) };
    }

    /// <summary>The requests a minute <c>zendesk:rateLimit</c> allows, or null when it is not set.</summary>
    public static int? RateLimit(ImmutableDictionary<string, PropertyValue> config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return Props.String(config, RateLimitKey) switch
        {
            null => null,
            var text when int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var perMinute) && perMinute > 0 => perMinute,
            var text => throw new ConfigurationException($"zendesk:{RateLimitKey} (--rate-limit) is '{text}': give a whole number of requests a minute, 1 or more (Zendesk's Team plan allows 200)."),
        };
    }

    /// <summary>What a run should say once about the stack's credentials: the API token's sunset, and kinds ignored by precedence.</summary>
    public static IReadOnlyList<string> Warnings(ImmutableDictionary<string, PropertyValue> config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var kinds = KindsSet(config);
        var warnings = kinds.Skip(1)
            .Select(ignored => $"zendesk:{string.Join(" and zendesk:", ignored)} {(ignored.Length > 1 ? "are" : "is")} ignored: zendesk:{kinds[0][0]} takes precedence. Remove {(ignored.Length > 1 ? "them" : "it")} with {string.Join(" and ", ignored.Select(k => $"`config rm zendesk:{k}`"))}.")
            .ToList();
        if (kinds.FirstOrDefault() is ["apiToken"])
        {
            warnings.Add($"Zendesk switches API tokens off on {ApiTokenSunset}, and this stack authenticates with zendesk:apiToken. Register an OAuth client in Zendesk (Admin Center > Apps and integrations > APIs > OAuth clients), then switch the stack with "
                + "`config set zendesk:oauthClientId <client identifier>` and `config set --secret zendesk:oauthClientSecret <client secret>`.");
        }

        return warnings;
    }

    private static ZendeskEndpoint Endpoint(ImmutableDictionary<string, PropertyValue> config)
    {
        var subdomain = Props.String(config, "subdomain");
        var url = Props.String(config, "url");
        try
        {
            return (subdomain, url) switch
            {
                (null, null) => throw new ConfigurationException("zendesk:subdomain or zendesk:url is required: set it with `config set zendesk:subdomain <your subdomain>`, or set zendesk:emulator true for the local emulator."),
                ({ }, { }) => throw new ConfigurationException("zendesk:subdomain and zendesk:url are both set; keep one."),
                ({ } s, null) => ZendeskEndpoint.FromSubdomain(s),
                (null, { } u) => ZendeskEndpoint.FromUrl(u),
            };
        }
        catch (ArgumentException ex)
        {
            throw new ConfigurationException($"zendesk:{(subdomain is null ? "url" : "subdomain")}: {Plain(ex)}", ex);
        }
    }

    private static ZendeskCredentials Credentials(ImmutableDictionary<string, PropertyValue> config)
    {
        var (clientId, clientSecret) = (Props.String(config, "oauthClientId"), Props.String(config, "oauthClientSecret"));
        if ((clientId is null) != (clientSecret is null))
        {
            throw new ConfigurationException(clientId is null
                ? "zendesk:oauthClientSecret needs zendesk:oauthClientId, the OAuth client's unique identifier: set it with `config set zendesk:oauthClientId <client identifier>`."
                : "zendesk:oauthClientId needs zendesk:oauthClientSecret: set it with `config set --secret zendesk:oauthClientSecret <client secret>`.");
        }

        var scopes = Props.String(config, "oauthScopes");
        if (scopes is not null && string.IsNullOrWhiteSpace(scopes))
        {
            throw new ConfigurationException($"zendesk:oauthScopes is empty: give space-separated scopes such as '{ZendeskCredentials.DefaultScopes}', or remove it for that default.");
        }

        var email = Props.String(config, "email");
        return (KindsSet(config).FirstOrDefault() ?? []) switch
        {
            ["oauthClientId", ..] => ZendeskCredentials.OAuthClient(clientId!, clientSecret!, scopes ?? ZendeskCredentials.DefaultScopes),
            ["oauthToken"] => ZendeskCredentials.OAuth(Props.String(config, "oauthToken")!),
            ["apiToken"] when email is not null => ZendeskCredentials.ApiToken(email, Props.String(config, "apiToken")!),
            ["apiToken"] => throw new ConfigurationException("zendesk:apiToken needs zendesk:email, the address of the user the token acts for."),
            _ => throw new ConfigurationException("zendesk:oauthClientId and zendesk:oauthClientSecret (or zendesk:oauthToken) are required: set them with `config set zendesk:oauthClientId <client identifier>` and `config set --secret zendesk:oauthClientSecret <client secret>`."),
        };
    }

    /// <summary>The keys of the credentials the stack uses (<c>zendesk:email and zendesk:apiToken</c>): what to check when Zendesk refuses them.</summary>
    public static string CredentialKeys(ImmutableDictionary<string, PropertyValue> config) => (KindsSet(config).FirstOrDefault() ?? []) switch
    {
        ["apiToken"] => "zendesk:email and zendesk:apiToken",
        [var single] => $"zendesk:{single}",
        var keys => string.Join(" and ", keys.Select(k => $"zendesk:{k}")),
    };

    /// <summary>The key that names the account: <c>zendesk:url</c> or <c>zendesk:subdomain</c>.</summary>
    public static string EndpointKey(ImmutableDictionary<string, PropertyValue> config)
        => Props.String(config, "url") is null ? "zendesk:subdomain" : "zendesk:url";

    /// <summary>The credential kinds the stack sets, each as its keys, in order of precedence.</summary>
    private static List<string[]> KindsSet(ImmutableDictionary<string, PropertyValue> config)
        => [.. CredentialKinds.Where(keys => keys.Any(k => Props.String(config, k) is not null))];

    /// <summary>An argument error's message without .NET's " (Parameter 'url')": the config key is named instead.</summary>
    private static string Plain(ArgumentException ex)
        => ex.ParamName is { } name ? ex.Message.Replace($" (Parameter '{name}')", "", StringComparison.Ordinal) : ex.Message;
}
