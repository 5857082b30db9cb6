namespace StellaIac.Zendesk.Tests;

public sealed class ZendeskEndpointTests
{
    [Fact]
    public void A_subdomain_becomes_the_accounts_https_address()
        => Assert.Equal("https://acme.zendesk.com/", ZendeskEndpoint.FromSubdomain("Acme").ToString());

    [Theory]
    [InlineData("acme.zendesk.com")]
    [InlineData("-acme")]
    [InlineData("")]
    public void A_subdomain_that_is_not_one_is_refused(string subdomain)
        => Assert.Contains("is not a Zendesk subdomain", Assert.Throws<ArgumentException>(() => ZendeskEndpoint.FromSubdomain(subdomain)).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("https://support.acme.com", "https://support.acme.com/")]
    [InlineData("http://127.0.0.1:5050", "http://127.0.0.1:5050/")]
    [InlineData("http://localhost:5050/", "http://localhost:5050/")]
    [InlineData("http://[::1]:5050", "http://[::1]:5050/")]
    public void An_https_or_loopback_url_is_accepted(string url, string expected)
        => Assert.Equal(expected, ZendeskEndpoint.FromUrl(url).ToString());

    [Fact]
    public void Plain_http_to_another_host_is_refused()
        => Assert.Contains("plain http", Assert.Throws<ArgumentException>(() => ZendeskEndpoint.FromUrl("http://acme.zendesk.com")).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("ftp://acme.zendesk.com")]
    [InlineData("https://acme.zendesk.com/?x=1")]
    [InlineData("https://user:pw@acme.zendesk.com")]
    [InlineData("acme")]
    public void A_url_that_cannot_be_an_account_is_refused(string url)
        => Assert.Throws<ArgumentException>(() => ZendeskEndpoint.FromUrl(url));

    [Fact]
    public void Credentials_never_print_their_secret()
    {
        Assert.DoesNotContain("s3cr3t", ZendeskCredentials.ApiToken("admin@example.com", "s3cr3t").ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t", ZendeskCredentials.OAuth("s3cr3t").ToString(), StringComparison.Ordinal);
    }
}
