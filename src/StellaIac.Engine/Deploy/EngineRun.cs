using System.Collections.Concurrent;
using StellaIac.Engine.Providers;
using StellaIac.Engine.State;

namespace StellaIac.Engine.Deploy;

/// <summary>One operation's shared state: old checkpoint, snapshot, providers (configured once each), steps, diagnostics, the parallel bound.</summary>
internal sealed class EngineRun(StackTarget target, Checkpoint old, SnapshotManager snapshot, ProviderRegistry registry, DeploymentOptions options, bool preview, bool recordProviders, TimeProvider time) : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<Task<(Provider Provider, string Reference)>>> providers = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<DeploymentStep> steps = new();
    private readonly ConcurrentQueue<Diagnostic> diagnostics = new();
    private readonly SemaphoreSlim parallel = new(Math.Max(1, options.Parallelism));

    public StackTarget Target { get; } = target;

    public Checkpoint Old { get; } = old;

    public SnapshotManager Snapshot { get; } = snapshot;

    public bool Preview { get; } = preview;

    public TimeProvider Time { get; } = time;

    public ConcurrentDictionary<string, byte> Registered { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<DeploymentStep> Steps => [.. steps];

    public IReadOnlyList<Diagnostic> Diagnostics => [.. diagnostics];

    public void Report(Diagnostic diagnostic) => diagnostics.Enqueue(diagnostic);

    public void Started(DeploymentStep step) => options.Observer?.StepStarted(step);

    public DeploymentStep Finished(DeploymentStep step)
    {
        steps.Enqueue(step);
        options.Observer?.StepFinished(step);
        return step;
    }

    /// <summary>Runs a provider call within the parallel bound.</summary>
    public async Task<T> Bounded<T>(Func<Task<T>> call, CancellationToken ct)
    {
        await parallel.WaitAsync(ct);
        try
        {
            return await call();
        }
        finally
        {
            parallel.Release();
        }
    }

    /// <summary>
    /// The package's provider, configured from the stack's namespace the first time it is needed, with
    /// its entry in the state (<c>pulumi:providers:&lt;pkg&gt;::default</c>) and the reference resources carry.
    /// </summary>
    public Task<(Provider Provider, string Reference)> ProviderFor(string type, CancellationToken ct)
    {
        var package = ProviderRegistry.PackageOf(type);
        return providers.GetOrAdd(package, p => new Lazy<Task<(Provider, string)>>(() => StartProvider(p, ct))).Value;
    }

    /// <summary>Releases the bound and the providers started for this run (their connections).</summary>
    public void Dispose()
    {
        parallel.Dispose();
        foreach (var started in providers.Values.Where(p => p.IsValueCreated && p.Value.IsCompletedSuccessfully))
        {
            (started.Value.Result.Provider as IDisposable)?.Dispose();
        }
    }

    private async Task<(Provider, string)> StartProvider(string package, CancellationToken ct)
    {
        var provider = registry.Create(package);
        var config = Target.Config.ForNamespace(package);
        config = config.SetItems(config.Where(c => provider.SecretConfig.Contains(c.Key)).Select(c => new KeyValuePair<string, Values.PropertyValue>(c.Key, c.Value.WithSecret(true))));
        await provider.Configure(config, ct);
        if (!recordProviders)
        {
            // Refresh and destroy use the providers the state already names; only a program run records them anew.
            return (provider, "");
        }

        var urn = Program.Urn.Create(Target.Stack, Target.Project, $"pulumi:providers:{package}", "default");
        var existing = Old.Find(urn);
        var state = new ResourceState
        {
            Urn = urn,
            Type = $"pulumi:providers:{package}",
            Custom = true,
            Id = existing?.Id ?? Guid.NewGuid().ToString(),
            Inputs = config,
            Outputs = config,
            Created = existing?.Created ?? Time.GetUtcNow(),
            Modified = existing is not null && existing.Inputs.Count == config.Count && existing.Inputs.All(p => config.TryGetValue(p.Key, out var v) && v.ValueEquals(p.Value)) ? existing.Modified : Time.GetUtcNow(),
        };
        Registered.TryAdd(urn, 0);
        if (!Preview)
        {
            Snapshot.Complete(existing, state);
        }

        Finished(new DeploymentStep { Op = existing is null ? StepOp.Create : StepOp.Same, Urn = urn, Type = state.Type, Old = existing, New = state, Status = Preview ? StepStatus.Planned : StepStatus.Done });
        return (provider, $"{urn}::{state.Id}");
    }
}
