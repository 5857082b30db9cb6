using System.Diagnostics;
using System.Text.Json.Nodes;
using Pulumi.Zendesk;
using StellaIac.Engine.Configuration;
using StellaIac.Engine.Deploy;
using StellaIac.Engine.Providers;
using StellaIac.Engine.Secrets;
using StellaIac.Engine.State;
using StellaIac.StellaConnect;
using StellaIac.StellaConnect.Channels;
using StellaIac.Zendesk.Emulator;
using StellaIac.Zendesk.Emulator.Control;

namespace StellaIac.Bench;

/// <summary>
/// One account (an emulator with <c>otherTriggers</c> triggers of other integrations) and one declaration; with
/// <c>rateLimit</c> above 0 the emulator answers 429 past that many requests a minute and the stack's
/// zendesk:rateLimit keeps to it.
/// </summary>
internal sealed class Scenario(int otherTriggers, int declaredTriggers, int rateLimit = 0) : IAsyncDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("stella-bench-").FullName;
    private ZendeskEmulator? emulator;
    private EmulatorControl? control;
    private StackTarget? target;

    public int OtherTriggers => otherTriggers;

    public int DeclaredTriggers => declaredTriggers;

    public async Task StartAsync()
    {
        emulator = await ZendeskEmulator.StartAsync(new EmulatorOptions { StellaKeys = ["stella-bench-key"], RateLimitPerMinute = rateLimit });
        control = new EmulatorControl(emulator.BaseAddress);
        if (otherTriggers > 0)
        {
            await control.SeedAsync(new JsonObject { ["generate"] = new JsonObject { ["triggers"] = otherTriggers } });
        }

        File.WriteAllText(Path.Combine(folder, "Pulumi.yaml"), "name: stella-iac\nruntime: dotnet\n");
        File.WriteAllText(Path.Combine(folder, "Pulumi.bench.yaml"), $"config:\n  zendesk:url: {emulator.BaseAddress}\n  zendesk:email: {EmulatorOptions.DefaultEmail}\n  zendesk:apiToken: {EmulatorOptions.DefaultApiToken}\n" + (rateLimit > 0 ? $"  zendesk:rateLimit: \"{rateLimit}\"\n" : ""));
        var project = ProjectFile.Load(Path.Combine(folder, "Pulumi.yaml"));
        var stack = StackFile.Load(project.StackFilePath("bench"));
        var secrets = new StackSecrets(stack, () => "bench");
        target = new StackTarget(project.Name, "bench", StackConfiguration.Build(project, stack, secrets), secrets);
    }

    /// <summary>Runs one command as the CLI does (one engine, its providers sharing look-ups) and measures it.</summary>
    public async Task<Measure> MeasureAsync(string command, Func<DeploymentEngine, StackTarget, Task<DeploymentResult>> run)
    {
        await control!.ClearRequestsAsync();
        var lookups = new ZendeskLookups();
        var engine = new DeploymentEngine(new ProviderRegistry().Add(ZendeskProvider.Package, () => new ZendeskProvider(lookups: lookups)), new StateStore(Path.Combine(folder, "stacks"), "stella-iac"));
        var started = Stopwatch.GetTimestamp();
        var result = await run(engine, target!);
        var elapsed = Stopwatch.GetElapsedTime(started);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"{command} failed: {string.Join("; ", result.Diagnostics.Select(d => d.Detail))}");
        }

        var requests = await control.RequestsAsync();
        var managed = result.Steps.Count(s => s.Type.StartsWith("zendesk:", StringComparison.Ordinal));
        return new Measure(command, requests.Count, requests.Count(r => r.Method != "GET"), elapsed, managed) { TooMany = requests.Count(r => r.Status == 429) };
    }

    public Func<Task<IDictionary<string, object?>>> Program() => () =>
    {
        _ = new StellaConnectIntegration("stella", new StellaConnectIntegrationArgs
        {
            ApiKey = "stella-bench-key",
            Channels = [StellaChannel.Email(), StellaChannel.Phone(), StellaChannel.Chat()],
            Exclusions = [.. Enumerable.Range(1, declaredTriggers - 3).Select(i => new ExclusionRule { Title = $"Do not send Stella Connect request {i}", All = [RuleCondition.TagIncludes($"no_survey_{i}")] })],
        });
        return Task.FromResult<IDictionary<string, object?>>(new Dictionary<string, object?>());
    };

    public async ValueTask DisposeAsync()
    {
        control?.Dispose();
        if (emulator is not null)
        {
            await emulator.DisposeAsync();
        }

        Directory.Delete(folder, recursive: true);
    }
}
