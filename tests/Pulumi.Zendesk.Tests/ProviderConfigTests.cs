using System.Collections.Immutable;
using StellaIac.Engine.Configuration;
using StellaIac.Engine.Values;

namespace Pulumi.Zendesk.Tests;

public sealed class ProviderConfigTests
{
    private static ImmutableDictionary<string, PropertyValue> Config(params (string Key, string Value)[] entries)
        => entries.ToImmutableDictionary(e => e.Key, e => new PropertyValue(e.Value)).Add("subdomain", new PropertyValue("acme"));

    [Fact]
    public void An_OAuth_client_takes_precedence_over_a_token_and_the_others_are_named_as_ignored()
    {
        var config = Config(("oauthClientId", "stella-iac"), ("oauthClientSecret", "s3cret-771"), ("email", "a@example.com"), ("apiToken", "tok-552"));

        var options = ProviderConfig.ToClientOptions(config);
        var warnings = ProviderConfig.Warnings(config);

        Assert.Equal("OAuth client 'stella-iac' ([secret])", options.Credentials.ToString());
        var warning = Assert.Single(warnings);
        Assert.StartsWith("zendesk:apiToken is ignored: zendesk:oauthClientId takes precedence. Remove it with `config rm zendesk:apiToken`.", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void An_OAuth_token_takes_precedence_over_an_API_token()
    {
        var config = Config(("oauthToken", "minted-9"), ("email", "a@example.com"), ("apiToken", "tok-552"));

        Assert.Equal("OAuth access token ([secret])", ProviderConfig.ToClientOptions(config).Credentials.ToString());
        Assert.Contains("zendesk:apiToken is ignored: zendesk:oauthToken takes precedence", Assert.Single(ProviderConfig.Warnings(config)), StringComparison.Ordinal);
    }

    [Fact]
    public void An_API_token_works_and_warns_with_the_sunset_date_and_the_two_commands_that_switch_to_OAuth()
    {
        var config = Config(("email", "a@example.com"), ("apiToken", "tok-552"));

        Assert.Equal("API token for a@example.com ([secret])", ProviderConfig.ToClientOptions(config).Credentials.ToString());
        var warning = Assert.Single(ProviderConfig.Warnings(config));
        Assert.Contains("2027-04-30", warning, StringComparison.Ordinal);
        Assert.Contains("`config set zendesk:oauthClientId <client identifier>`", warning, StringComparison.Ordinal);
        Assert.Contains("`config set --secret zendesk:oauthClientSecret <client secret>`", warning, StringComparison.Ordinal);
        Assert.DoesNotContain("tok-552", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void An_OAuth_client_alone_has_no_warning() =>
        Assert.Empty(ProviderConfig.Warnings(Config(("oauthClientId", "stella-iac"), ("oauthClientSecret", "s3cret-771"))));

    [Theory]
    [InlineData("oauthClientId", "zendesk:oauthClientId needs zendesk:oauthClientSecret")]
    [InlineData("oauthClientSecret", "zendesk:oauthClientSecret needs zendesk:oauthClientId")]
    public void Half_an_OAuth_client_is_a_configuration_error_naming_the_missing_key(string key, string message)
    {
        var error = Assert.Throws<ConfigurationException>(() => ProviderConfig.ToClientOptions(Config((key, "x-1"))));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("x-1", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("sixty")]
    [InlineData("60.5")]
    public void A_rate_limit_that_is_not_a_whole_number_from_1_is_refused_naming_the_key_and_the_flag(string perMinute)
    {
        var error = Assert.Throws<ConfigurationException>(() => ProviderConfig.ToClientOptions(Config(("oauthToken", "t"), ("rateLimit", perMinute))));

        Assert.StartsWith($"zendesk:rateLimit (--rate-limit) is '{perMinute}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rate_limit_is_read_as_requests_a_minute()
        => Assert.Equal(60, ProviderConfig.RateLimit(Config(("rateLimit", "60"))));

    [Fact]
    public void Empty_scopes_are_a_configuration_error()
    {
        var error = Assert.Throws<ConfigurationException>(() => ProviderConfig.ToClientOptions(Config(("oauthClientId", "a"), ("oauthClientSecret", "b"), ("oauthScopes", " "))));

        Assert.StartsWith("zendesk:oauthScopes is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_credentials_say_how_to_set_an_OAuth_client()
    {
        var error = Assert.Throws<ConfigurationException>(() => ProviderConfig.ToClientOptions(Config()));

        Assert.Contains("`config set zendesk:oauthClientId <client identifier>`", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_provider_keeps_every_credential_key_secret()
        => Assert.Equal(["apiToken", "oauthClientSecret", "oauthToken"], new ZendeskProvider().SecretConfig.Order(StringComparer.Ordinal));
}
