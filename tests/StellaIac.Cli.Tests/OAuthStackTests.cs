using StellaIac.Engine.Secrets;
using StellaIac.Zendesk;
using StellaIac.Zendesk.Emulator;
using StellaIac.Zendesk.Emulator.Control;

namespace StellaIac.Cli.Tests;

/// <summary>
/// A stack that authenticates with an OAuth client, against an emulator whose tokens last one second and whose
/// API answers after 400 ms (so even an up of few, parallel requests outlives two tokens): longer runs than a token's life, and the secret and tokens kept out of every output and file.
/// </summary>
public sealed class OAuthStackTests : IAsyncLifetime, IDisposable
{
    private const string ClientSecret = "client-secret-4417";
    private readonly TempProject project = new();
    private ZendeskEmulator zendesk = null!;
    private EmulatorControl control = null!;

    public async Task InitializeAsync()
    {
        zendesk = await ZendeskEmulator.StartAsync(new EmulatorOptions
        {
            OAuthClientId = "stella-iac-ci",
            OAuthClientSecret = ClientSecret,
            OAuthTokenTtl = TimeSpan.FromSeconds(1),
            Latency = TimeSpan.FromMilliseconds(400),
        });
        control = new EmulatorControl(zendesk.BaseAddress);
        File.WriteAllText(project.PathOf("Pulumi.test.yaml"), $"config:\n  zendesk:url: {zendesk.BaseAddress}\n  zendesk:oauthClientId: stella-iac-ci\n");
        project.Environment[PassphraseSource.Variable] = "correct horse";
        await project.RunAsync("config", "set", "--secret", "stellaApiKey", "stella-test-key", "--stack", "test");
    }

    public async Task DisposeAsync()
    {
        await zendesk.DisposeAsync();
    }

    public void Dispose()
    {
        control.Dispose();
        project.Dispose();
    }

    [Fact]
    public async Task An_up_that_outlives_its_token_renews_it_writes_each_object_once_and_leaks_nothing()
    {
        await project.RunAsync("config", "set", "--secret", "zendesk:oauthClientSecret", ClientSecret, "--stack", "test");
        var started = TimeProvider.System.GetTimestamp();

        var up = await project.RunAsync("up", "--yes", "--stack", "test");
        var upTook = TimeProvider.System.GetElapsedTime(started);
        var tokensOfUp = (await control.RequestsAsync()).Count(r => r.Path == "/oauth/tokens" && r.Status == 201);
        var preview = await project.RunAsync("preview", "--expect-no-changes", "--stack", "test");

        Assert.True(up.Code == 0, up.Output + up.Error);
        Assert.True(upTook > TimeSpan.FromSeconds(2), $"the up must outlive its preview's token and its apply's ({upTook})");
        Assert.True(tokensOfUp >= 3, $"the preview and the apply each obtain a token, and renew it ({tokensOfUp} obtained)");
        Assert.Equal(0, preview.Code);
        using var client = new ZendeskClient(new ZendeskClientOptions { Endpoint = ZendeskEndpoint.FromUrl(zendesk.BaseAddress.ToString()), Credentials = ZendeskCredentials.OAuthClient("stella-iac-ci", ClientSecret) });
        Assert.Single(await client.Webhooks.ListAsync().ToListAsync(), w => w.Name == "Stella Connect");
        Assert.Single(await client.TriggerCategories.ListAsync().ToListAsync(), c => c.Name == "Stella Connect");
        Assert.Equal(3, (await client.Triggers.ListAsync().ToListAsync()).Count(t => t.Title.StartsWith("Send Stella Connect request", StringComparison.Ordinal)));
        Assert.DoesNotContain("API tokens", up.Error, StringComparison.Ordinal);
        await AssertNothingLeaksAsync(up.Output + up.Error + preview.Output + preview.Error);
    }

    [Fact]
    public async Task A_wrong_client_secret_exits_3_naming_the_OAuth_client()
    {
        await project.RunAsync("config", "set", "--secret", "zendesk:oauthClientSecret", "wrong-secret-9902", "--stack", "test");

        var preview = await project.RunAsync("preview", "--stack", "test");

        Assert.Equal(ExitCodes.AuthenticationRefused, preview.Code);
        Assert.Contains("Zendesk refused OAuth client 'stella-iac-ci'", preview.Output + preview.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-secret-9902", preview.Output + preview.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", preview.Output + preview.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_API_token_stack_is_warned_once_per_run_with_the_sunset_and_the_commands_that_switch_it()
    {
        File.WriteAllText(project.PathOf("Pulumi.test.yaml"), File.ReadAllText(project.PathOf("Pulumi.test.yaml")).Replace("  zendesk:oauthClientId: stella-iac-ci\n", $"  zendesk:email: {EmulatorOptions.DefaultEmail}\n", StringComparison.Ordinal));
        await project.RunAsync("config", "set", "--secret", "zendesk:apiToken", EmulatorOptions.DefaultApiToken, "--stack", "test");

        var up = await project.RunAsync("up", "--yes", "--stack", "test");

        Assert.Equal(0, up.Code);
        var warning = Assert.Single(up.Error.Split('\n'), l => l.StartsWith("warning: Zendesk switches API tokens off on 2027-04-30", StringComparison.Ordinal));
        Assert.Contains("`config set zendesk:oauthClientId <client identifier>` and `config set --secret zendesk:oauthClientSecret <client secret>`", warning, StringComparison.Ordinal);
    }

    private async Task AssertNothingLeaksAsync(string output)
    {
        var secrets = (await control.IssuedOAuthTokensAsync()).Append(ClientSecret).ToList();
        Assert.True(secrets.Count > 1, "tokens were issued");
        var files = Directory.EnumerateFiles(project.Folder, "*", SearchOption.AllDirectories).Select(File.ReadAllText).ToList();
        Assert.NotEmpty(files);
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(secret, output, StringComparison.Ordinal);
            Assert.All(files, text => Assert.DoesNotContain(secret, text, StringComparison.Ordinal));
        }
    }
}
