using StellaIac.Engine.Configuration;
using StellaIac.Engine.Program;
using StellaIac.Engine.Secrets;
using StellaIac.Engine.Values;
using StellaIac.Engine.Workspaces;

namespace StellaIac.Engine.Tests;

/// <summary>The workspace hosts stand on: stacks, config and secrets with the passphrase handed over, local backends, the state reader.</summary>
public sealed class WorkspaceTests : IDisposable
{
    private readonly EngineHarness harness = new(passphrase: "correct horse");

    public void Dispose() => harness.Dispose();

    private LocalWorkspace Open(string? passphrase, params ILocalBackend[] backends) => LocalWorkspace.Open(harness.Folder, new WorkspaceOptions
    {
        Environment = WorkspaceEnvironment.Of(passphrase is null ? new Dictionary<string, string>() : new Dictionary<string, string> { [PassphraseSource.Variable] = passphrase }),
        LocalBackends = backends,
    });

    [Fact]
    public async Task Config_set_in_one_workspace_reads_back_in_another_and_secrets_stay_encrypted_on_disk()
    {
        var workspace = Open("correct horse");
        workspace.CreateStack("staging");
        await using (var stack = workspace.OpenStack(null))
        {
            stack.SetConfig("apiKey", "s3cret-value", secret: true);
            stack.SetConfig("zendesk:subdomain", "acme", secret: false);
        }

        await using var again = Open("correct horse").OpenStack("staging");

        Assert.Equal("staging", workspace.SelectedStack);
        Assert.DoesNotContain("s3cret-value", File.ReadAllText(Path.Combine(harness.Folder, "Pulumi.staging.yaml")), StringComparison.Ordinal);
        Assert.Equal("s3cret-value", again.GetConfig("demo:apiKey"));
        again.RemoveConfig("zendesk:subdomain");
        Assert.Contains("zendesk:subdomain", Assert.Throws<ConfigurationException>(() => again.GetConfig("zendesk:subdomain")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_passphrase_a_secret_is_refused_saying_what_to_set_and_nothing_is_read_from_the_process()
    {
        Open("correct horse").CreateStack("dev");
        await using (var stack = Open("correct horse").OpenStack("dev"))
        {
            stack.SetConfig("apiKey", "s3cret-value", secret: true);
        }

        await using var closed = Open(passphrase: null).OpenStack("dev");

        Assert.Contains(PassphraseSource.Variable, Assert.Throws<PassphraseUnavailableException>(() => closed.GetConfig("apiKey")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_local_backend_serves_its_stack_with_the_empty_passphrase_and_adds_its_config_to_the_run()
    {
        File.WriteAllText(Path.Combine(harness.Folder, "Pulumi.local.yaml"), "config:\n  demo:local: \"true\"\n");
        var backend = new FakeBackend();

        await using (var stack = Open(passphrase: null, backend).OpenStack("local"))
        {
            stack.SetConfig("apiKey", "dummy", secret: true);
            var config = await stack.ConfigurationAsync(CancellationToken.None);

            Assert.True(stack.IsLocal);
            Assert.Equal("http://127.0.0.1:9/", config.Find("demo:url")?.Value.ToString());
            Assert.Equal("dummy", stack.GetConfig("apiKey"));
        }

        Assert.True(backend.Stopped);
    }

    [Fact]
    public async Task Another_stacks_plain_outputs_read_without_its_passphrase_and_its_secrets_stay_closed()
    {
        var up = await harness.Engine.UpAsync(harness.Target(), () =>
        {
            _ = new Thing("a", new ThingArgs { Name = "a" });
            return Task.FromResult<IDictionary<string, object?>>(new Dictionary<string, object?> { ["fingerprint"] = "fp-1", ["key"] = Output.CreateSecret("s3cret-value") });
        });
        Assert.True(up.Succeeded);

        var state = Open(passphrase: null).StateOf("dev");
        await using var opened = Open("correct horse").OpenStack("dev");

        Assert.Equal("fp-1", state.PlainOutputs()["fingerprint"].ToString());
        Assert.True(state.PlainOutputs()["key"].IsSecret);
        Assert.DoesNotContain("s3cret-value", string.Join(",", state.PlainOutputs().Values.Select(v => v.WithSecret(false).ToString())), StringComparison.Ordinal);
        Assert.Equal(harness.Checkpoint().Resources.Length, state.ResourceCount());
        Assert.Contains(opened.State.Resources(), r => r.Urn.EndsWith("::a", StringComparison.Ordinal));
        Assert.Equal(new PropertyValue("s3cret-value").WithSecret(true), opened.State.Outputs()["key"]);
    }

    private sealed class FakeBackend : ILocalBackend
    {
        public bool Stopped { get; private set; }

        public bool Serves(StackFile stack) => stack["demo:local"]?.Text is "true";

        public Task<ILocalBackendRun> StartAsync(string stateRoot, string stack, CancellationToken ct) => Task.FromResult<ILocalBackendRun>(new Run(this));

        private sealed class Run(FakeBackend backend) : ILocalBackendRun
        {
            public IReadOnlyList<ConfigEntry> Config { get; } = [new(new ConfigKey("demo", "url"), new PropertyValue("http://127.0.0.1:9/"), false)];

            public ValueTask DisposeAsync()
            {
                backend.Stopped = true;
                return ValueTask.CompletedTask;
            }
        }
    }
}
