using StellaIac.Engine.Configuration;
using StellaIac.Engine.Program;
using StellaIac.Engine.Secrets;
using StellaIac.Engine.Testing;

namespace StellaIac.Engine.Tests;

public sealed class ConfigTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("stella-config-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_stack_file_round_trips_with_secure_values_objects_and_quoted_scalars()
    {
        var crypter = TestCrypter.Instance;
        var path = Path.Combine(folder, "Pulumi.test.yaml");
        File.WriteAllText(path, $"""
            encryptionsalt: {crypter.EncryptionSalt}
            config:
              stella-iac:goLive: "false"
              stella-iac:stellaApiKey:
                secure: {crypter.Encrypt("key-123")}
              stella-iac:channels:
                - email
                - phone
              zendesk:subdomain: acme
            """);

        var loaded = StackFile.Load(path);
        loaded.With("zendesk:email", ConfigValue.Plain("admin@acme.com")).Save();
        var again = StackFile.Load(path);

        Assert.Equal(crypter.EncryptionSalt, again.EncryptionSalt);
        Assert.Equal(["stella-iac:goLive", "stella-iac:stellaApiKey", "stella-iac:channels", "zendesk:subdomain", "zendesk:email"], again.Config.Select(c => c.Key));
        Assert.Equal("false", again["stella-iac:goLive"]!.Text);
        Assert.Equal("key-123", crypter.Decrypt(again["stella-iac:stellaApiKey"]!.Ciphertext!));
        Assert.Contains("stella-iac:goLive: \"false\"", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Contains("secure: v1:", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Null(again.Without("zendesk:email")["zendesk:email"]);
    }

    [Fact]
    public void Project_defaults_fill_in_and_a_missing_required_key_names_the_key_and_the_file()
    {
        var project = Project("""
            name: stella-iac
            runtime:
              name: dotnet
              options:
                binary: infra/bin/infra.dll
            config:
              goLive:
                type: boolean
                default: false
              stellaApiKey:
                type: string
                secret: true
            """);

        var missing = Assert.Throws<ConfigurationException>(() => Build(project, "config: {}\n"));

        Assert.Equal("infra/bin/infra.dll", project.RuntimeOptions["binary"]);
        Assert.Contains("stella-iac:stellaApiKey", missing.Message, StringComparison.Ordinal);
        Assert.Contains("Pulumi.test.yaml", missing.Message, StringComparison.Ordinal);
        Assert.Contains("--secret", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_refused_naming_the_key()
    {
        var project = Project("name: stella-iac\nconfig:\n  goLive:\n    type: boolean\n");

        var wrong = Assert.Throws<ConfigurationException>(() => Build(project, "config:\n  stella-iac:goLive: perhaps\n"));

        Assert.Contains("'stella-iac:goLive' must be a boolean", wrong.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_secret_stored_in_plain_text_is_refused_without_printing_it()
    {
        var project = Project("name: stella-iac\nconfig:\n  stellaApiKey:\n    type: string\n    secret: true\n");

        var refused = Assert.Throws<ConfigurationException>(() => Build(project, "config:\n  stella-iac:stellaApiKey: plain-key-55\n"));

        Assert.Contains("config set --secret stella-iac:stellaApiKey", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("plain-key-55", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Secure_values_are_decrypted_once_and_marked_secret()
    {
        var crypter = TestCrypter.Instance;
        var project = Project("name: stella-iac\n");
        var stack = $"encryptionsalt: {crypter.EncryptionSalt}\nconfig:\n  stella-iac:stellaApiKey:\n    secure: {crypter.Encrypt("key-9")}\n  zendesk:apiToken:\n    secure: {crypter.Encrypt("tok")}\n";

        var config = Build(project, stack, "test-passphrase");

        Assert.True(config.Find("stella-iac:stellaApiKey")!.IsSecret);
        Assert.True(config.ForNamespace("zendesk")["apiToken"].IsSecret);
        Assert.Equal("tok", config.ForNamespace("zendesk")["apiToken"].TryGetString(out var token) ? token : null);
    }

    [Fact]
    public void Broken_files_are_errors_naming_the_file()
    {
        File.WriteAllText(Path.Combine(folder, "Pulumi.yaml"), "name: [unclosed\n");
        Assert.Contains("Pulumi.yaml is not valid YAML", Assert.Throws<ConfigurationException>(() => ProjectFile.Load(Path.Combine(folder, "Pulumi.yaml"))).Message, StringComparison.Ordinal);
        Assert.Contains("'name' must be a project name", Assert.Throws<ConfigurationException>(() => Project("name: 'bad name'\n")).Message, StringComparison.Ordinal);
        Assert.Contains("no Pulumi.yaml", Assert.Throws<ConfigurationException>(() => ProjectFile.Load(Path.Combine(folder, "missing", "Pulumi.yaml"))).Message, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(folder, "Pulumi.bad.yaml"), "config:\n  goLive: true\n");
        Assert.Contains("has no namespace", Assert.Throws<ConfigurationException>(() => StackFile.Load(Path.Combine(folder, "Pulumi.bad.yaml"))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_program_reads_typed_values_and_secrets()
    {
        bool? live = null;
        int? retries = null;
        Channels? channels = null;
        Output<string>? key = null;
        var result = await ProgramTester.RunAsync(
            () =>
            {
                var config = new Config();
                live = config.RequireBoolean("goLive");
                retries = config.GetInt32("retries");
                channels = config.GetObject<Channels>("channels");
                key = config.RequireSecret("stellaApiKey");
                config.GetBoolean("broken");
            },
            options: new TestOptions
            {
                Config = new Dictionary<string, string> { ["goLive"] = "true", ["retries"] = "3", ["channels"] = "{\"names\":[\"email\",\"chat\"]}", ["stellaApiKey"] = "k", ["broken"] = "yes-ish" },
                SecretConfig = new HashSet<string> { "project:stellaApiKey" },
            });

        Assert.Equal((true, 3), (live, retries));
        Assert.Equal(["email", "chat"], channels!.Names);
        Assert.True((await ProgramTester.ValueOf(key!)).IsSecret);
        Assert.Contains("'project:broken' must be true or false, got 'yes-ish'", Assert.Single(result.Failures).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Config_keys_parse_with_their_namespace()
    {
        Assert.Equal(new ConfigKey("zendesk", "subdomain"), ConfigKey.Parse("zendesk:subdomain", "p"));
        Assert.Equal(new ConfigKey("zendesk", "subdomain"), ConfigKey.Parse("zendesk:config:subdomain", "p"));
        Assert.Equal(new ConfigKey("p", "goLive"), ConfigKey.Parse("goLive", "p"));
        Assert.Throws<FormatException>(() => ConfigKey.Parse("a:b:c:d", "p"));
    }

    private ProjectFile Project(string yaml)
    {
        var path = Path.Combine(folder, "Pulumi.yaml");
        File.WriteAllText(path, yaml);
        return ProjectFile.Load(path);
    }

    private static StackConfiguration Build(ProjectFile project, string stackYaml, string? passphrase = null)
    {
        var path = project.StackFilePath("test");
        File.WriteAllText(path, stackYaml);
        var stack = StackFile.Load(path);
        return StackConfiguration.Build(project, stack, new StackSecrets(stack, () => passphrase ?? throw new PassphraseUnavailableException("none")));
    }

    public sealed record Channels(IReadOnlyList<string> Names);
}
