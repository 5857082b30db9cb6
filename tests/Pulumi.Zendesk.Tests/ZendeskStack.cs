using StellaIac.Engine.Configuration;
using StellaIac.Engine.Deploy;
using StellaIac.Engine.Providers;
using StellaIac.Engine.Secrets;
using StellaIac.Engine.State;
using StellaIac.Zendesk;
using StellaIac.Zendesk.Emulator;
using StellaIac.Zendesk.Emulator.Control;
using StellaIac.Zendesk.Http;

namespace Pulumi.Zendesk.Tests;

/// <summary>
/// A stack whose zendesk provider points at the emulator, the engine over a temporary state folder, and a
/// client for changes made behind the tool's back. Each test class gets a fresh account per test.
/// </summary>
public abstract class ZendeskStack : IClassFixture<EmulatorFixture>, IAsyncLifetime, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("stella-zendesk-").FullName;
    private StackSecrets? secrets;

    protected ZendeskStack(EmulatorFixture fixture)
    {
        Emulator = fixture.Emulator;
        Control = new EmulatorControl(Emulator.BaseAddress);
        BehindTheBack = new ZendeskClient(ClientOptions());
        File.WriteAllText(Path.Combine(folder, "Pulumi.yaml"), "name: lifecycle\nruntime: dotnet\n");
        File.WriteAllText(Path.Combine(folder, "Pulumi.test.yaml"), $"config:\n  zendesk:url: {Emulator.BaseAddress}\n  zendesk:email: {EmulatorOptions.DefaultEmail}\n  zendesk:apiToken: {EmulatorOptions.DefaultApiToken}\n");
        Store = new StateStore(Path.Combine(folder, "stacks"), "lifecycle");
        Engine = new DeploymentEngine(new ProviderRegistry().Add(ZendeskProvider.Package, () => new ZendeskProvider(o => o with { Retry = new RetryOptions { MaxRetries = 1, BaseDelay = TimeSpan.FromMilliseconds(5) } })), Store);
    }

    protected ZendeskEmulator Emulator { get; }

    protected EmulatorControl Control { get; }

    /// <summary>Zendesk as an administrator would change it by hand.</summary>
    protected ZendeskClient BehindTheBack { get; }

    protected StateStore Store { get; }

    protected DeploymentEngine Engine { get; }

    public Task InitializeAsync() => Control.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        BehindTheBack.Dispose();
        Control.Dispose();
        Directory.Delete(folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    protected StackTarget Target()
    {
        var project = ProjectFile.Load(Path.Combine(folder, "Pulumi.yaml"));
        var stack = StackFile.Load(project.StackFilePath("test"));
        // One crypter per test: the key derivation is deliberately slow.
        secrets ??= new StackSecrets(stack, () => "lifecycle-tests");
        return new StackTarget(project.Name, "test", StackConfiguration.Build(project, stack, secrets), secrets);
    }

    protected Task<DeploymentResult> UpAsync(Action program) => Engine.UpAsync(Target(), Wrap(program));

    protected Task<DeploymentResult> PreviewAsync(Action program) => Engine.PreviewAsync(Target(), Wrap(program));

    protected Task<DeploymentResult> RefreshAsync() => Engine.RefreshAsync(Target(), previewOnly: true);

    protected Task<DeploymentResult> DestroyAsync() => Engine.DestroyAsync(Target(), preview: false);

    /// <summary>Runs up and fails the test with the diagnostics when it did not succeed.</summary>
    protected async Task<DeploymentResult> ApplyAsync(Action program)
    {
        var result = await UpAsync(program);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => $"{d.Severity} {d.Summary}: {d.Detail}")));
        return result;
    }

    protected string IdOf(string name) => Store.Load("test", Target().Secrets)!.Resources.Single(r => r.Urn.EndsWith("::" + name, StringComparison.Ordinal)).Id!;

    protected static DeploymentStep StepOf(DeploymentResult result, string name) => result.Steps.Single(s => s.Name == name);

    private ZendeskClientOptions ClientOptions() => new()
    {
        Endpoint = ZendeskEndpoint.FromUrl(Emulator.BaseAddress.ToString()),
        Credentials = ZendeskCredentials.ApiToken(EmulatorOptions.DefaultEmail, EmulatorOptions.DefaultApiToken),
    };

    private static Func<Task<IDictionary<string, object?>>> Wrap(Action program) => () =>
    {
        program();
        return Task.FromResult<IDictionary<string, object?>>(new Dictionary<string, object?>());
    };
}
