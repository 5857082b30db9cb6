using Pulumi.Zendesk;
using StellaIac.Engine.Configuration;
using StellaIac.Engine.Deploy;
using StellaIac.Engine.Providers;
using StellaIac.Engine.Secrets;
using StellaIac.Engine.State;
using StellaIac.Zendesk;
using StellaIac.Zendesk.Emulator;
using StellaIac.Zendesk.Emulator.Control;

namespace StellaIac.StellaConnect.Tests;

/// <summary>
/// A stack (project folder, state, passphrase) deploying the integration through the engine and the zendesk
/// provider into an emulator on loopback, with the emulator's control endpoints for faults and the request log.
/// </summary>
public sealed class IntegrationStack : IAsyncDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("stella-e2e-").FullName;
    private StackSecrets? secrets;

    private IntegrationStack(ZendeskEmulator emulator)
    {
        Emulator = emulator;
        Zendesk = new ZendeskClient(new ZendeskClientOptions { Endpoint = ZendeskEndpoint.FromUrl(emulator.BaseAddress.ToString()), Credentials = ZendeskCredentials.ApiToken(EmulatorOptions.DefaultEmail, EmulatorOptions.DefaultApiToken) });
        Control = new EmulatorControl(emulator.BaseAddress);
        File.WriteAllText(Path.Combine(folder, "Pulumi.yaml"), "name: stella-iac\nruntime: dotnet\n");
        File.WriteAllText(Path.Combine(folder, "Pulumi.dev.yaml"), $"config:\n  zendesk:url: {emulator.BaseAddress}\n  zendesk:email: {EmulatorOptions.DefaultEmail}\n  zendesk:apiToken: {EmulatorOptions.DefaultApiToken}\n");
    }

    public ZendeskEmulator Emulator { get; }

    public ZendeskClient Zendesk { get; }

    public EmulatorControl Control { get; }

    public string StateFolder => Path.Combine(folder, "stacks");

    /// <summary>A stack on a fresh emulator; <paramref name="emulatorRateLimit"/> above 0 makes it answer 429 past that many requests a minute.</summary>
    public static async Task<IntegrationStack> StartAsync(int emulatorRateLimit = 0)
        => new(await ZendeskEmulator.StartAsync(new EmulatorOptions { StellaKeys = ["stella-test-key", "stella-prod-key"], RateLimitPerMinute = emulatorRateLimit }));

    /// <summary>Adds a plain value to the stack's config (e.g. zendesk:rateLimit).</summary>
    public void SetConfig(string key, string value) => File.AppendAllText(Path.Combine(folder, "Pulumi.dev.yaml"), $"  {key}: \"{value}\"\n");

    /// <summary>What the engines' clients change in their options (a short attempt timeout for a drill); none by default.</summary>
    public Func<ZendeskClientOptions, ZendeskClientOptions>? Tune { get; set; }

    /// <summary>An engine as one CLI command has it: its providers share their look-ups.</summary>
    public DeploymentEngine Engine()
    {
        var lookups = new ZendeskLookups();
        return new DeploymentEngine(new ProviderRegistry().Add(ZendeskProvider.Package, () => new ZendeskProvider(Tune, lookups)), new StateStore(StateFolder, "stella-iac"));
    }

    public StackTarget Target()
    {
        var project = ProjectFile.Load(Path.Combine(folder, "Pulumi.yaml"));
        var stack = StackFile.Load(project.StackFilePath("dev"));
        secrets ??= new StackSecrets(stack, () => "e2e");
        return new StackTarget(project.Name, "dev", StackConfiguration.Build(project, stack, secrets), secrets);
    }

    public static Func<Task<IDictionary<string, object?>>> Program(StellaConnectIntegrationArgs args) => () =>
    {
        _ = new StellaConnectIntegration("stella", args);
        return Task.FromResult<IDictionary<string, object?>>(new Dictionary<string, object?>());
    };

    public Task<DeploymentResult> UpAsync(StellaConnectIntegrationArgs args, bool preview = false)
        => preview ? Engine().PreviewAsync(Target(), Program(args)) : Engine().UpAsync(Target(), Program(args));

    /// <summary>What the CLI's up does: a preview, then the apply, on one engine.</summary>
    public async Task<DeploymentResult> PreviewThenUpAsync(StellaConnectIntegrationArgs args)
    {
        var engine = Engine();
        var preview = await engine.PreviewAsync(Target(), Program(args));
        Assert.True(preview.Succeeded, string.Join("\n", preview.Diagnostics.Select(d => d.Detail)));
        return await engine.UpAsync(Target(), Program(args));
    }

    /// <summary>The API requests the emulator answered since the last call, then forgets them.</summary>
    public async Task<IReadOnlyList<StellaIac.Zendesk.Emulator.Pipeline.LoggedRequest>> TakeRequestsAsync()
    {
        var requests = await Control.RequestsAsync();
        await Control.ClearRequestsAsync();
        return requests;
    }

    public async ValueTask DisposeAsync()
    {
        Control.Dispose();
        Zendesk.Dispose();
        await Emulator.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }
}
