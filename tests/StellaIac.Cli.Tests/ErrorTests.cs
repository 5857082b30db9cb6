using StellaIac.Engine.Secrets;
using StellaIac.Zendesk.Emulator;

namespace StellaIac.Cli.Tests;

/// <summary>Each bad input is one clear message and its exit code. The passphrase is handed to the workspace, never set in the process.</summary>
public sealed class ErrorTests : IDisposable
{
    private readonly TempProject project = new();

    public void Dispose() => project.Dispose();

    [Fact]
    public async Task No_passphrase_is_a_configuration_error_saying_what_to_set()
    {
        await project.UseTestStackAsync("http://127.0.0.1:1");
        project.Environment.Remove(PassphraseSource.Variable);

        var preview = await project.RunAsync("preview", "--stack", "test");

        Assert.Equal(ExitCodes.ConfigurationError, preview.Code);
        Assert.Contains("no passphrase was given: set PULUMI_CONFIG_PASSPHRASE", preview.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_passphrase_is_a_configuration_error_naming_the_stack_file()
    {
        await project.UseTestStackAsync("http://127.0.0.1:1");
        project.Environment[PassphraseSource.Variable] = "wrong";

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
        await project.UseTestStackAsync("http://127.0.0.1:1");

        var preview = await project.RunAsync("preview", "--stack", "test");

        Assert.Equal(ExitCodes.Failed, preview.Code);
        Assert.Contains("could not connect to 127.0.0.1:1", preview.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_Zendesk_is_one_message_naming_the_config_key()
    {
        await project.UseTestStackAsync("http://127.0.0.1:1");

        var preview = await project.RunAsync("preview", "--stack", "test");

        AssertOneError(preview.Output, "Zendesk could not be reached: could not connect to 127.0.0.1:1 (5 attempt(s)). Check zendesk:url and the network.");
        Assert.Single(Occurrences(preview.Output, "could not connect to 127.0.0.1:1"));
        Assert.StartsWith("Previewing update (test): FAILED (1 error", preview.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refused_credentials_are_one_message_naming_the_keys_to_check()
    {
        await using var zendesk = await ZendeskEmulator.StartAsync();
        await project.UseTestStackAsync(zendesk.BaseAddress.ToString(), token: "wrong-token-778");

        var up = await project.RunAsync("up", "--stack", "test", "--yes", "--skip-preview");

        Assert.Equal(ExitCodes.AuthenticationRefused, up.Code);
        AssertOneError(up.Output, "Zendesk refused the credentials (401 Unauthorized: Couldn't authenticate you): check zendesk:email and zendesk:apiToken.");
        Assert.DoesNotContain("The program failed\n      Zendesk GET", up.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_OAuth_client_names_the_OAuth_keys()
    {
        await using var zendesk = await ZendeskEmulator.StartAsync();
        File.WriteAllText(project.PathOf("Pulumi.test.yaml"), $"config:\n  zendesk:url: {zendesk.BaseAddress}\n  zendesk:oauthClientId: not-the-client\n");
        project.Environment[PassphraseSource.Variable] = "correct horse";
        await project.RunAsync("config", "set", "--secret", "stellaApiKey", "stella-test-key", "--stack", "test");
        await project.RunAsync("config", "set", "--secret", "zendesk:oauthClientSecret", "wrong-secret-5521", "--stack", "test");

        var preview = await project.RunAsync("preview", "--stack", "test");

        Assert.Equal(ExitCodes.AuthenticationRefused, preview.Code);
        AssertOneError(preview.Output, "Zendesk refused OAuth client 'not-the-client'");
        Assert.Contains("Check zendesk:oauthClientId and zendesk:oauthClientSecret", preview.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-secret-5521", preview.Output + preview.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_url_names_the_key_not_the_parameter()
    {
        File.WriteAllText(project.PathOf("Pulumi.test.yaml"), "config:\n  zendesk:url: ftp://acme.example.com\n  zendesk:email: a@example.com\n");
        project.Environment[PassphraseSource.Variable] = "correct horse";
        await project.RunAsync("config", "set", "--secret", "stellaApiKey", "stella-test-key", "--stack", "test");
        await project.RunAsync("config", "set", "--secret", "zendesk:apiToken", "t", "--stack", "test");

        var preview = await project.RunAsync("preview", "--stack", "test");

        Assert.Equal(ExitCodes.ConfigurationError, preview.Code);
        Assert.Contains("zendesk:url: 'ftp://acme.example.com' is not an absolute http(s) URL.", preview.Output + preview.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter", preview.Output + preview.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tagFieldIds", """{"a":1}""", "must be a JSON list")]
    [InlineData("tagFieldIds", "[[1]]", "at $[0]: must be a text")]
    [InlineData("integration", """{"channels":[{"kind":"phone","includeCti":"yes"}]}""", "at $.channels[0].includeCti: must be true or false")]
    [InlineData("integration", """{"channels":{"kind":"phone"}}""", "at $.channels: must be a JSON list")]
    public async Task A_config_object_of_the_wrong_shape_speaks_json_not_dotnet(string key, string value, string expected)
    {
        await using var zendesk = await ZendeskEmulator.StartAsync();
        await project.UseTestStackAsync(zendesk.BaseAddress.ToString());
        await project.RunAsync("config", "set", key, value, "--stack", "test");

        var preview = await project.RunAsync("preview", "--stack", "test");

        var said = preview.Output + preview.Error;
        Assert.Equal(ExitCodes.ConfigurationError, preview.Code);
        Assert.Contains($"'stella-iac:{key}' must be", said, StringComparison.Ordinal);
        Assert.Contains(expected, said, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", said, StringComparison.Ordinal);
        Assert.DoesNotContain("`1", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refused_credentials_exit_3_without_the_token()
    {
        await using var zendesk = await ZendeskEmulator.StartAsync();
        await project.UseTestStackAsync(zendesk.BaseAddress.ToString(), token: "wrong-token-778");

        var preview = await project.RunAsync("preview", "--stack", "test");

        Assert.Equal(ExitCodes.AuthenticationRefused, preview.Code);
        Assert.Contains("401 Unauthorized", preview.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-token-778", preview.Output + preview.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Zendesks_validation_error_is_reported_per_resource()
    {
        await using var zendesk = await ZendeskEmulator.StartAsync();
        await project.UseTestStackAsync(zendesk.BaseAddress.ToString());
        await project.RunAsync("config", "set", "integration", "{\"channels\":[{\"kind\":\"email\",\"viaIds\":[99]}]}", "--stack", "test");

        var preview = await project.RunAsync("preview", "--stack", "test");

        Assert.Equal(ExitCodes.Failed, preview.Code);
        Assert.Contains("zendesk:index:Trigger (stella-triggers-send-email):", preview.Output, StringComparison.Ordinal);
        Assert.Contains("via_id 99 is not a channel of this account", preview.Output, StringComparison.Ordinal);
        Assert.Contains("stella-triggers-send-email  **create failed**  invalid: conditions.any", preview.Output, StringComparison.Ordinal);
        Assert.Contains("    + 1 create failed\n", preview.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_selected_stack_says_how_to_choose_one()
    {
        var preview = await project.RunAsync("preview");

        Assert.Equal(ExitCodes.ConfigurationError, preview.Code);
        Assert.Contains("no stack selected: pass --stack <name>", preview.Error, StringComparison.Ordinal);
    }

    /// <summary>One cause, one message: a single error in the output, saying <paramref name="message"/>.</summary>
    private static void AssertOneError(string output, string message)
    {
        Assert.Single(Occurrences(output, "error: "));
        Assert.Contains(message, output, StringComparison.Ordinal);
    }

    private static IEnumerable<int> Occurrences(string text, string part)
    {
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            yield return at;
        }
    }

    [Fact]
    public async Task An_unsound_declaration_is_a_configuration_error_listing_each_problem()
    {
        await project.RunAsync("config", "set", "integration", "{\"channels\":[{\"kind\":\"email\"},{\"kind\":\"chat\",\"viaIds\":[4]}]}", "--stack", "local");

        var preview = await project.RunAsync("preview", "--stack", "local");

        Assert.Equal(ExitCodes.ConfigurationError, preview.Code);
        Assert.Contains("email and chat both cover via_id 4", preview.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_secret_key_is_a_configuration_error_that_writes_nothing_even_without_a_preview()
    {
        await project.RunAsync("config", "set", "--secret", "stellaApiKey", " ", "--stack", "local");

        var up = await project.RunAsync("up", "--stack", "local", "--yes", "--skip-preview");

        Assert.Equal(ExitCodes.ConfigurationError, up.Code);
        Assert.Contains("apiKey: the Stella Connect API key is empty", up.Output + up.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(up.Output.Split('\n'), line => line.Contains("zendesk:index:", StringComparison.Ordinal) && line.Contains("created", StringComparison.Ordinal));
        var checkpoint = await File.ReadAllTextAsync(project.PathOf("stacks/.pulumi/stacks/stella-iac/local.json"));
        Assert.Contains("pulumi:pulumi:Stack", checkpoint, StringComparison.Ordinal);
        Assert.DoesNotContain("zendesk:index:", checkpoint, StringComparison.Ordinal);
    }
}
