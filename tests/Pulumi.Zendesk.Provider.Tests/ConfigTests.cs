using Pulumirpc;
using StellaIac.Zendesk.Emulator;

namespace Pulumi.Zendesk.Provider.Tests;

/// <summary>CheckConfig, DiffConfig and Configure, from <c>args</c> and from the older <c>variables</c>.</summary>
public sealed class ConfigTests(PluginFixture fixture) : IClassFixture<PluginFixture>
{
    private const string ProviderUrn = "urn:pulumi:dev::p::pulumi:providers:zendesk::default";

    [Fact]
    public async Task CheckConfig_wraps_the_credentials_as_secrets_even_when_they_arrive_plain()
    {
        var response = await fixture.Client.CheckConfigAsync(new CheckRequest
        {
            Urn = ProviderUrn,
            News = Wire.Of(("subdomain", Wire.S("acme")), ("email", Wire.S("a@acme.com")), ("apiToken", Wire.S("tok-123"))),
        });

        Assert.Empty(response.Failures);
        Assert.True(Wire.IsSecret(response.Inputs.Fields["apiToken"]));
        Assert.Equal("tok-123", Wire.Unwrap(response.Inputs.Fields["apiToken"]).StringValue);
        Assert.Equal("acme", response.Inputs.Fields["subdomain"].StringValue);
    }

    [Fact]
    public async Task CheckConfig_names_the_missing_account_and_a_token_without_its_email()
    {
        var noAccount = await fixture.Client.CheckConfigAsync(new CheckRequest { Urn = ProviderUrn, News = Wire.Of(("oauthToken", Wire.S("x"))) });
        var noEmail = await fixture.Client.CheckConfigAsync(new CheckRequest { Urn = ProviderUrn, News = Wire.Of(("subdomain", Wire.S("acme")), ("apiToken", Wire.S("x"))) });

        Assert.Equal("subdomain", Assert.Single(noAccount.Failures).Property);
        Assert.Contains("zendesk:subdomain or zendesk:url is required", noAccount.Failures[0].Reason, StringComparison.Ordinal);
        Assert.Equal("apiToken", Assert.Single(noEmail.Failures).Property);
        Assert.True(Wire.IsSecret(noEmail.Inputs.Fields["apiToken"]));
    }

    [Fact]
    public async Task CheckConfig_refuses_an_unknown_key_naming_the_nearest_declared_one()
    {
        var response = await fixture.Client.CheckConfigAsync(new CheckRequest
        {
            Urn = ProviderUrn,
            News = Wire.Of(("subdomain", Wire.S("acme")), ("email", Wire.S("a@acme.com")), ("apitoken", Wire.S("tok-123")), ("version", Wire.S("0.1.0"))),
        });

        var failure = Assert.Single(response.Failures, f => f.Property == "apitoken");
        Assert.Contains("unknown config key 'zendesk:apitoken'", failure.Reason, StringComparison.Ordinal);
        Assert.Contains("did you mean zendesk:apiToken?", failure.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(response.Failures, f => f.Property == "version" || f.Reason.Contains("tok-123", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DiffConfig_reports_another_account_as_an_update_and_the_same_as_none()
    {
        var olds = Wire.Of(("subdomain", Wire.S("acme")), ("oauthToken", Wire.Secret(Wire.S("t"))));
        var same = await fixture.Client.DiffConfigAsync(new DiffRequest { Urn = ProviderUrn, Olds = olds, OldInputs = olds, News = olds });
        var moved = await fixture.Client.DiffConfigAsync(new DiffRequest { Urn = ProviderUrn, Olds = olds, OldInputs = olds, News = Wire.Of(("subdomain", Wire.S("other")), ("oauthToken", Wire.Secret(Wire.S("t")))) });

        Assert.Equal(DiffResponse.Types.DiffChanges.DiffNone, same.Changes);
        Assert.Equal(DiffResponse.Types.DiffChanges.DiffSome, moved.Changes);
        Assert.Equal(["subdomain"], moved.Diffs);
        Assert.Equal(PropertyDiff.Types.Kind.Update, moved.DetailedDiff["subdomain"].Kind);
        Assert.True(moved.HasDetailedDiff);
        Assert.Empty(moved.Replaces);
    }

    [Fact]
    public async Task Configure_answers_what_the_plugin_accepts_and_falls_back_to_variables()
    {
        await using var plugin = await PluginProcess.StartAsync("127.0.0.1:1");
        var request = new ConfigureRequest { AcceptSecrets = true };
        request.Variables["zendesk:config:url"] = fixture.Emulator.BaseAddress.ToString();
        request.Variables["zendesk:config:email"] = EmulatorOptions.DefaultEmail;
        request.Variables["zendesk:config:apiToken"] = EmulatorOptions.DefaultApiToken;

        var configured = await plugin.Client.ConfigureAsync(request);
        var brand = await plugin.Client.InvokeAsync(new InvokeRequest { Tok = "zendesk:index:getBrand", Args = Wire.Of(("name", Wire.S("Emulator"))) });

        Assert.True(configured.AcceptSecrets && configured.AcceptResources && configured.SupportsPreview);
        Assert.Equal("Emulator", brand.Return.Fields["name"].StringValue);
    }

    [Fact]
    public async Task Configure_with_two_credential_kinds_takes_the_first_by_precedence_and_leaks_neither()
    {
        await using var plugin = await PluginProcess.StartAsync("127.0.0.1:1");

        var configured = await plugin.Client.ConfigureAsync(new ConfigureRequest
        {
            Args = Wire.Of(("subdomain", Wire.S("acme")), ("email", Wire.S("a@acme.com")), ("apiToken", Wire.Secret(Wire.S("secret-api"))), ("oauthToken", Wire.Secret(Wire.S("secret-oauth")))),
        });

        Assert.True(configured.AcceptSecrets);
        Assert.DoesNotContain("secret-", configured.ToString(), StringComparison.Ordinal);
    }
}
