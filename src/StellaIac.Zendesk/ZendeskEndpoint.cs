using System.Net;
using System.Text.RegularExpressions;

namespace StellaIac.Zendesk;

/// <summary>Where a Zendesk account answers: <c>https://{subdomain}.zendesk.com</c> or an explicit URL.</summary>
public sealed partial record ZendeskEndpoint
{
    private ZendeskEndpoint(Uri baseAddress) => BaseAddress = baseAddress;

    /// <summary>The account's root, always ending in a slash; API paths are relative to it.</summary>
    public Uri BaseAddress { get; }

    public static ZendeskEndpoint FromSubdomain(string subdomain)
    {
        ArgumentNullException.ThrowIfNull(subdomain);
        if (!SubdomainPattern().IsMatch(subdomain))
        {
            throw new ArgumentException(
                $"'{subdomain}' is not a Zendesk subdomain: use the part before .zendesk.com, letters, digits and hyphens only.",
                nameof(subdomain));
        }

        return new ZendeskEndpoint(new Uri($"https://{subdomain.ToLowerInvariant()}.zendesk.com/"));
    }

    /// <summary>An explicit account URL. Plain http is refused except on loopback addresses (the emulator).</summary>
    public static ZendeskEndpoint FromUrl(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException($"'{url}' is not an absolute http(s) URL.", nameof(url));
        }

        if (uri.Scheme == Uri.UriSchemeHttp && !IsLoopback(uri))
        {
            throw new ArgumentException(
                $"'{url}' uses plain http; Zendesk credentials may only travel over https (plain http is allowed for loopback addresses only).",
                nameof(url));
        }

        if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment) || !string.IsNullOrEmpty(uri.UserInfo))
        {
            throw new ArgumentException($"'{url}' must not carry a query, a fragment or user information.", nameof(url));
        }

        var path = uri.AbsolutePath.EndsWith('/') ? uri.AbsolutePath : uri.AbsolutePath + "/";
        return new ZendeskEndpoint(new UriBuilder(uri) { Path = path }.Uri);
    }

    public override string ToString() => BaseAddress.ToString();

    private static bool IsLoopback(Uri uri)
        => uri.IsLoopback || (IPAddress.TryParse(uri.DnsSafeHost, out var address) && IPAddress.IsLoopback(address));

    [GeneratedRegex("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$")]
    private static partial Regex SubdomainPattern();
}
