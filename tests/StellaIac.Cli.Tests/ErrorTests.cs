using StellaIac.Zendesk.Emulator;

namespace StellaIac.Cli.Tests;

/// <summary>
/// Each bad input is one clear message and its exit code. These tests set PULUMI_CONFIG_PASSPHRASE, which
/// only stacks off the emulator read, so they run one at a time, in the passphrase collection.
/// </summary>
[Collection(PassphraseCollection.Name)]
public sealed class ErrorTests : IDisposable
{
    private readonly TempProject project = new();

    public ErrorTests() => Environment.SetEnvironmentVariable("PULUMI_CONFIG_PASSPHRASE", null);

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("PULUMI_CONFIG_PASSPHRASE", null);
        project.Dispose();
    }

    private async Task TestStackAsync(string url, string token = EmulatorOptions.DefaultApiToken)
    {
        File.WriteAllText(project.PathOf("Pulumi.test.yaml"), $"config:\n  zendesk:url: {url}\n  zendesk:email: {EmulatorOptions.DefaultEmail}\n");
        Environment.SetEnvironmentVariable("PULUMI_CONFIG_PASSPHRASE", "correct horse");
        await project.RunAsync("config", "set", "--secret", "stellaApiKey", "stella-test-key", "--stack", "test");
        await project.RunAsync("config", "set", "--secret", "zendesk:apiToken", token, "--stack", "test");
    }

    [Fact]
    public async Task No_passphrase_is_a_configuration_error_saying_what_to_set()
    {
        await TestStackAsync("http://127.0.0.1:1");
        Environment.SetEnvironmentVariable("PULUMI_CONFIG_PASSPHRASE", null);

        var preview = await project.RunAsync("preview", "--stack", "test");

        Assert.Equal(ExitCodes.ConfigurationError, preview.Code);
        Assert.Contains("no passphrase was given: set PULUMI_CONFIG_PASSPHRASE", preview.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_passphrase_is_a_configuration_error_naming_the_stack_file()
    {
        await TestStackAsync("http://127.0.0.1:1");
        Environment.SetEnvironmentVariable("PULUMI_CONFIG_PASSPHRASE", "wrong");

        var preview = await project.RunAsync("preview", "--stack", "test");

        Assert.Equal(ExitCodes.ConfigurationError, preview.Code);
        Assert.Contains("incorrect passphrase", preview.Error, StringComparison.Ordinal);
        Assert.Contains("Pulumi.test.yaml", preview.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", preview.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_config_key_names_the_key_and_the_file()
    {
        File.WriteAllText(project.PathOf("Pulumi.test.yaml"), "config:\n  zendesk:subdomain: acme\n");

        var preview = await project.RunAsync("preview", "--stack", "test");

        Assert.Equal(ExitCodes.ConfigurationError, preview.Code);
        Assert.Contains("stella-iac:stellaApiKey", preview.Error, StringComparison.Ordinal);
        Assert.Contains("Pulumi.test.yaml", preview.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_Zendesk_fails_with_the_host_named()
    {
        await TestStackAsync("http://127.0.0.1:1");

        var preview = await project.RunAsync("preview", "--stack", "test");

        Assert.Equal(ExitCodes.Failed, preview.Code);
        Assert.Contains("could not connect to 127.0.0.1:1", preview.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refused_credentials_exit_3_without_the_token()
    {
        await using var zendesk = await ZendeskEmulator.StartAsync();
        await TestStackAsync(zendesk.BaseAddress.ToString(), token: "wrong-token-778");

        var preview = await project.RunAsync("preview", "--stack", "test");

        Assert.Equal(ExitCodes.AuthenticationRefused, preview.Code);
        Assert.Contains("401 Unauthorized", preview.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-token-778", preview.Output + preview.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Zendesks_validation_error_is_reported_per_resource()
    {
        await using var zendesk = await ZendeskEmulator.StartAsync();
        await TestStackAsync(zendesk.BaseAddress.ToString());
        await project.RunAsync("config", "set", "integration", "{\"channels\":[{\"kind\":\"email\",\"viaIds\":[99]}]}", "--stack", "test");

        var preview = await project.RunAsync("preview", "--stack", "test");

        Assert.Equal(ExitCodes.Failed, preview.Code);
        Assert.Contains("zendesk:index:Trigger (stella-triggers-send-email):", preview.Output, StringComparison.Ordinal);
        Assert.Contains("via_id 99 is not a channel of this account", preview.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_selected_stack_says_how_to_choose_one()
    {
        var preview = await project.RunAsync("preview");

        Assert.Equal(ExitCodes.ConfigurationError, preview.Code);
        Assert.Contains("no stack selected: pass --stack <name>", preview.Error, StringComparison.Ordinal);
    }
}
