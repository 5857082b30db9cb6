namespace StellaIac.Zendesk.Emulator;

/// <summary>How an emulator behaves: whom it lets in, where it keeps its account, how slow and how strict it is.</summary>
public sealed record EmulatorOptions
{
    public const string DefaultEmail = "admin@example.com";
    public const string DefaultApiToken = "emulator-token";
    public const string DefaultOAuthToken = "emulator-oauth-token";
    public const string DefaultOAuthClientId = "emulator-client";
    public const string DefaultOAuthClientSecret = "emulator-client-secret";

    /// <summary>Kestrel URL to listen on; port 0 picks a free one.</summary>
    public string Url { get; init; } = "http://127.0.0.1:0";

    public string Email { get; init; } = DefaultEmail;

    public string ApiToken { get; init; } = DefaultApiToken;

    public string OAuthToken { get; init; } = DefaultOAuthToken;

    /// <summary>The OAuth client whose client-credentials and refresh-token grants POST /oauth/tokens accepts.</summary>
    public string OAuthClientId { get; init; } = DefaultOAuthClientId;

    public string OAuthClientSecret { get; init; } = DefaultOAuthClientSecret;

    /// <summary>How long an access token from /oauth/tokens lasts; Zendesk's default is 30 minutes.</summary>
    public TimeSpan OAuthTokenTtl { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>A file that keeps the account between runs; written atomically after every change.</summary>
    public string? StatePath { get; init; }

    /// <summary>Added to every API request.</summary>
    public TimeSpan Latency { get; init; } = TimeSpan.Zero;

    /// <summary>Requests per minute; 0 is no limit (and no rate-limit headers).</summary>
    public int RateLimitPerMinute { get; init; }

    /// <summary>The Stella Connect API keys the Stella endpoint accepts; empty accepts any non-empty key.</summary>
    public IReadOnlyList<string> StellaKeys { get; init; } = [];

    /// <summary>
    /// The host name (and port) Zendesk knows the account by, which it writes into links such as
    /// <c>links.next</c>: an account reached under another subdomain or a host-mapped URL sees links to that
    /// host. Null: links name the host the request was sent to.
    /// </summary>
    public string? PublicHost { get; init; }

    public static EmulatorOptions Parse(IReadOnlyList<string> args)
    {
        var options = new EmulatorOptions();
        var keys = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--urls" => options with { Url = Value() },
                "--state" => options with { StatePath = Value() },
                "--latency-ms" => options with { Latency = TimeSpan.FromMilliseconds(Number(args[i], Value())) },
                "--rate-limit" => options with { RateLimitPerMinute = Number(args[i], Value()) },
                "--email" => options with { Email = Value() },
                "--api-token" => options with { ApiToken = Value() },
                "--oauth-token" => options with { OAuthToken = Value() },
                "--oauth-client-id" => options with { OAuthClientId = Value() },
                "--oauth-client-secret" => options with { OAuthClientSecret = Value() },
                "--oauth-token-ttl" => options with { OAuthTokenTtl = TimeSpan.FromSeconds(Positive(args[i], Value())) },
                "--stella-key" => AddKey(options, keys, Value()),
                "--public-host" => options with { PublicHost = Host(args[i], Value()) },
                _ => throw new ArgumentException($"Unknown option '{args[i]}'. Options: --urls, --state, --latency-ms, --rate-limit, --email, --api-token, --oauth-token, --oauth-client-id, --oauth-client-secret, --oauth-token-ttl, --stella-key, --public-host."),
            };
        }

        return options;
    }

    private static EmulatorOptions AddKey(EmulatorOptions options, List<string> keys, string key)
    {
        keys.Add(key);
        return options with { StellaKeys = [.. keys] };
    }

    private static string Host(string option, string text)
        => Uri.TryCreate($"https://{text}", UriKind.Absolute, out var uri) && uri.Authority.Length > 0 && uri.PathAndQuery == "/" && !text.Contains('@', StringComparison.Ordinal)
            && string.Equals(uri.IsDefaultPort ? uri.Host : $"{uri.Host}:{uri.Port}", text, StringComparison.OrdinalIgnoreCase)
            ? text
            : throw new ArgumentException($"{option} takes a host name with an optional port (acme.zendesk.com, acme.zendesk.com:8443), not '{text}'.");

    private static int Positive(string option, string text)
        => Number(option, text) is > 0 and var value ? value : throw new ArgumentException($"{option} takes a whole number of seconds above zero, not '{text}'.");

    private static int Number(string option, string text)
        => int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ArgumentException($"{option} takes a whole number of zero or more, not '{text}'.");
}
