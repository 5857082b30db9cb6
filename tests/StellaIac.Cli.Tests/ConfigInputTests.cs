using StellaIac.Engine.Secrets;

namespace StellaIac.Cli.Tests;

/// <summary>
/// Config that would pass in silence on main: typos in owned namespaces, unknown JSON properties, a secret
/// set without --secret; and config set/rm, which must keep the stack file's comments, order and mode.
/// </summary>
public sealed class ConfigInputTests : IDisposable
{
    private readonly TempProject project = new();

    public ConfigInputTests() => project.Environment[PassphraseSource.Variable] = "correct horse";

    public void Dispose() => project.Dispose();

    [Theory]
    [InlineData("stella-iac:golive: \"true\"", "stella-iac:golive", "did you mean stella-iac:goLive?")]
    [InlineData("zendesk:apitoken: tok", "zendesk:apitoken", "did you mean zendesk:apiToken?")]
    [InlineData("stella-iac:goLiv: \"true\"", "stella-iac:goLiv", "did you mean stella-iac:goLive?")]
    public async Task A_typo_in_an_owned_namespace_is_exit_2_naming_the_key_the_file_and_the_nearest_key(string line, string key, string hint)
    {
        File.WriteAllText(project.PathOf("Pulumi.prod.yaml"), $"config:\n  zendesk:subdomain: acme\n  {line}\n");

        var preview = await project.RunAsync("preview", "--stack", "prod");

        Assert.Equal(ExitCodes.ConfigurationError, preview.Code);
        Assert.Contains($"unknown config key '{key}'", preview.Error, StringComparison.Ordinal);
        Assert.Contains("Pulumi.prod.yaml (line 3, column 3): unknown config key", preview.Error, StringComparison.Ordinal);
        Assert.Contains(hint, preview.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Config_set_of_an_unknown_key_is_refused_and_keys_of_other_namespaces_pass()
    {
        var before = File.ReadAllText(project.PathOf("Pulumi.local.yaml"));

        var typo = await project.RunAsync("config", "set", "golive", "true", "--stack", "local");
        var afterTypo = File.ReadAllText(project.PathOf("Pulumi.local.yaml"));
        var foreign = await project.RunAsync("config", "set", "aws:region", "eu-west-1", "--stack", "local");
        var preview = await project.RunAsync("preview", "--stack", "local");

        Assert.Equal(ExitCodes.ConfigurationError, typo.Code);
        Assert.Contains("did you mean stella-iac:goLive?", typo.Error, StringComparison.Ordinal);
        Assert.Equal(before, afterTypo);
        Assert.Equal(ExitCodes.Success, foreign.Code);
        Assert.True(preview.Code == ExitCodes.Success, preview.Output + preview.Error);
    }

    [Fact]
    public async Task An_unknown_property_in_the_integration_object_is_exit_2_with_its_json_path()
    {
        await project.RunAsync("config", "set", "integration", "{\"channels\":[{\"kind\":\"email\",\"requiredTags\":[\"vip\"]}]}", "--stack", "local");

        var preview = await project.RunAsync("preview", "--stack", "local");

        Assert.Equal(ExitCodes.ConfigurationError, preview.Code);
        Assert.Contains("'stella-iac:integration' has an unknown property at $.channels[0].requiredTags; did you mean requireTags?", preview.Output + preview.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("stellaApiKey", "stella-iac:stellaApiKey")]
    [InlineData("zendesk:apiToken", "zendesk:apiToken")]
    public async Task Config_set_of_a_key_declared_secret_without_secret_stores_it_encrypted(string key, string fullKey)
    {
        File.WriteAllText(project.PathOf("Pulumi.test.yaml"), "config:\n  zendesk:subdomain: acme\n");

        var set = await project.RunAsync("config", "set", key, "plain-credential-4711", "--stack", "test");
        var get = await project.RunAsync("config", "get", key, "--stack", "test");

        Assert.Equal(ExitCodes.Success, set.Code);
        Assert.Contains($"{fullKey} is declared secret, so it was stored encrypted", set.Error, StringComparison.Ordinal);
        var file = File.ReadAllText(project.PathOf("Pulumi.test.yaml"));
        Assert.DoesNotContain("plain-credential-4711", file, StringComparison.Ordinal);
        Assert.Contains($"{fullKey}:\n    secure: v1:", file, StringComparison.Ordinal);
        Assert.Equal("plain-credential-4711", get.Output.Trim());
    }

    [Fact]
    public async Task Config_set_and_rm_keep_comments_order_and_the_file_mode()
    {
        var path = project.PathOf("Pulumi.test.yaml");
        File.WriteAllText(path, "# The test account.\nconfig:\n  # Which account.\n  zendesk:subdomain: acme # the sandbox\n  zendesk:email: admin@acme.test\n\n  # Off until the pilot ends.\n  stella-iac:goLive: \"false\"\n# End.\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        var set = await project.RunAsync("config", "set", "goLive", "true", "--stack", "test");
        var add = await project.RunAsync("config", "set", "hardenedPayload", "true", "--stack", "test");
        var rm = await project.RunAsync("config", "rm", "zendesk:email", "--stack", "test");

        Assert.Equal([ExitCodes.Success, ExitCodes.Success, ExitCodes.Success], new[] { set.Code, add.Code, rm.Code });
        Assert.Equal(
            "# The test account.\nconfig:\n  # Which account.\n  zendesk:subdomain: acme # the sandbox\n\n  # Off until the pilot ends.\n  stella-iac:goLive: \"true\"\n  stella-iac:hardenedPayload: \"true\"\n# End.\n",
            File.ReadAllText(path));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
    }
}
