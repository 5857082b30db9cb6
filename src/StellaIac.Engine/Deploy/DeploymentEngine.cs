using System.Diagnostics;
using StellaIac.Engine.Program;
using StellaIac.Engine.Providers;
using StellaIac.Engine.State;

namespace StellaIac.Engine.Deploy;

/// <summary>
/// Pulumi's operations on one stack: preview, up, refresh and destroy. Up, refresh and destroy hold the
/// stack's lock and write the checkpoint after every step.
/// </summary>
public sealed class DeploymentEngine(ProviderRegistry providers, StateStore store, TimeProvider? time = null)
{
    private readonly TimeProvider clock = time ?? TimeProvider.System;

    public Task<DeploymentResult> PreviewAsync(StackTarget target, Func<Task<IDictionary<string, object?>>> program, DeploymentOptions? options = null, CancellationToken ct = default)
        => RunProgramAsync(target, program, preview: true, options ?? new DeploymentOptions(), ct);

    public Task<DeploymentResult> UpAsync(StackTarget target, Func<Task<IDictionary<string, object?>>> program, DeploymentOptions? options = null, CancellationToken ct = default)
        => RunProgramAsync(target, program, preview: false, options ?? new DeploymentOptions(), ct);

    /// <summary>Reads every resource and reports drift: changed or deleted behind the tool's back. A preview writes nothing.</summary>
    public async Task<DeploymentResult> RefreshAsync(StackTarget target, bool previewOnly, DeploymentOptions? options = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        var started = Stopwatch.GetTimestamp();
        using var held = previewOnly ? null : store.Lock(target.Stack, "refresh", clock);
        var (run, snapshot) = Open(target, previewOnly, options ?? new DeploymentOptions(), recordProviders: false, held: held);
        using (run)
        {
            await RefreshAllAsync(run, snapshot, ct);
            return Finish(run, DeploymentKind.Refresh, started);
        }
    }

    /// <summary>Deletes every resource, dependents first. Protected resources refuse.</summary>
    public async Task<DeploymentResult> DestroyAsync(StackTarget target, bool preview, DeploymentOptions? options = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        var started = Stopwatch.GetTimestamp();
        using var held = preview ? null : store.Lock(target.Stack, "destroy", clock);
        var (run, snapshot) = Open(target, preview, options ?? new DeploymentOptions(), recordProviders: false, held: held);
        using (run)
        {
            await DeleteAsync(run, snapshot, run.Old.Resources, ct);
            return Finish(run, DeploymentKind.Destroy, started);
        }
    }

    /// <summary>
    /// Adopts an existing object into the state as <paramref name="name"/> (Pulumi's <c>import</c>): the
    /// provider reads it, and the program must declare it too, or the next up deletes it.
    /// </summary>
    public async Task<DeploymentResult> ImportAsync(StackTarget target, string type, string name, string id, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        var started = Stopwatch.GetTimestamp();
        using var held = store.Lock(target.Stack, "import", clock);
        var urn = Urn.Create(target.Stack, target.Project, type, name);

        // The object is read first, in a run that writes nothing: an import that fails leaves the state (and its backups) as they were.
        ReadResponse read;
        var (probe, _) = Open(target, preview: true, new DeploymentOptions(), recordProviders: false);
        using (probe)
        {
            if (probe.Old.Find(urn) is not null)
            {
                probe.Report(new Diagnostic(Severity.Error, DiagnosticCodes.AlreadyInState, $"{name} is already in the state", $"{urn} exists; remove it from the program and the state first, or choose another name.", urn));
                return Finish(probe, DeploymentKind.Update, started) with { IsPreview = false };
            }

            try
            {
                var (provider, _) = await probe.ProviderFor(type, ct);
                read = await provider.Read(new ReadRequest(urn, type, id, Values.PropertyMap.Empty, Values.PropertyMap.Empty), ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                probe.Report(new Diagnostic(Severity.Error, DiagnosticCodes.ImportFailed, $"{type} '{id}' could not be imported", ex.Message, urn) { Cause = ex });
                return Finish(probe, DeploymentKind.Update, started) with { IsPreview = false };
            }

            if (read.Id is null)
            {
                probe.Report(new Diagnostic(Severity.Error, DiagnosticCodes.ImportNotFound, $"{type} '{id}' does not exist", "Nothing was imported; check the id.", urn));
                return Finish(probe, DeploymentKind.Update, started) with { IsPreview = false };
            }
        }

        var (run, snapshot) = Open(target, preview: false, new DeploymentOptions(), recordProviders: true, held: held);
        using (run)
        {
            string reference;
            try
            {
                (_, reference) = await run.ProviderFor(type, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                run.Report(new Diagnostic(Severity.Error, DiagnosticCodes.ImportFailed, $"{type} '{id}' could not be imported", ex.Message, urn) { Cause = ex });
                return Finish(run, DeploymentKind.Update, started);
            }

            var stackUrn = Urn.Create(target.Stack, target.Project, Urn.StackType, $"{target.Project}-{target.Stack}");
            if (run.Old.Find(stackUrn) is null)
            {
                snapshot.Complete(null, new ResourceState { Urn = stackUrn, Type = Urn.StackType, Custom = false, Created = clock.GetUtcNow(), Modified = clock.GetUtcNow() });
            }

            var now = clock.GetUtcNow();
            var state = new ResourceState { Urn = urn, Type = type, Custom = true, Id = read.Id, Inputs = read.Inputs, Outputs = read.Outputs, Parent = stackUrn, Provider = reference, ImportId = id, Created = now, Modified = now };
            snapshot.Complete(null, state);
            run.Finished(new DeploymentStep { Op = StepOp.Import, Urn = urn, Type = type, New = state, Status = StepStatus.Done });
            return Finish(run, DeploymentKind.Update, started);
        }
    }

    private async Task<DeploymentResult> RunProgramAsync(StackTarget target, Func<Task<IDictionary<string, object?>>> program, bool preview, DeploymentOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(program);
        var started = Stopwatch.GetTimestamp();
        using var held = preview ? null : store.Lock(target.Stack, "update", clock);
        Checkpoint? refreshed = null;
        DeploymentResult? drift = null;
        if (options.Refresh)
        {
            var (reading, read) = Open(target, preview, options, recordProviders: false);
            using (reading)
            {
                await RefreshAllAsync(reading, read, ct);
                drift = Finish(reading, DeploymentKind.Refresh, started);
                if (!drift.Succeeded)
                {
                    return drift;
                }

                refreshed = read.Current();
            }
        }

        var (run, snapshot) = Open(target, preview, options, recordProviders: true, refreshed, held);
        using (run)
        {
            var ran = await Deployment.RunAsync(new ProgramContext(target.Project, target.Stack, preview, target.Config), new DeploymentMonitor(run), program, ct);
            var skipped = ProgramFailures.Report(run, ran.Failures);
            var gone = snapshot.Current().Resources.Where(r => r.Delete || (!run.Registered.ContainsKey(r.Urn) && !skipped.Contains(r.Urn))).ToList();
            if (ran.Failures.Count == 0)
            {
                await DeleteAsync(run, snapshot, gone, ct);
                if (!preview)
                {
                    snapshot.ClearInterrupted();
                }
            }
            else if (gone.Any(r => !r.Delete))
            {
                run.Report(new Diagnostic(Severity.Info, DiagnosticCodes.DeletesNotRun, "Deletes were not run", $"{gone.Count(r => !r.Delete)} resource(s) gone from the program are kept until an up succeeds."));
            }

            return Finish(run, preview ? DeploymentKind.Preview : DeploymentKind.Update, started) with { Outputs = ran.Outputs, Refreshed = drift };
        }
    }

    /// <summary>Starts an operation from the stack's checkpoint, or from <paramref name="start"/> (a refresh held in memory).</summary>
    private (EngineRun Run, SnapshotManager Snapshot) Open(StackTarget target, bool preview, DeploymentOptions options, bool recordProviders, Checkpoint? start = null, StackLock? held = null)
    {
        var old = start ?? store.Load(target.Stack, target.Secrets) ?? new Checkpoint { Stack = target.Stack, Time = clock.GetUtcNow() };
        if (!preview)
        {
            store.Backup(target.Stack, clock);
        }

        var snapshot = new SnapshotManager(old, preview ? null : store, target.Secrets, clock);
        var run = new EngineRun(target, old, snapshot, providers, options, preview, recordProviders, clock);
        if (held?.TakenOver is { } takenOver)
        {
            run.Report(new Diagnostic(Severity.Warning, DiagnosticCodes.StaleLockTakenOver, $"The stack '{target.Stack}' was locked by a run that no longer runs", takenOver));
        }

        foreach (var interrupted in snapshot.Interrupted)
        {
            run.Report(new Diagnostic(
                Severity.Warning,
                DiagnosticCodes.InterruptedOperation,
                $"An earlier run was interrupted while {interrupted.Type} {Urn.Name(interrupted.Resource.Urn)}",
                "The object may exist without being in the state; the provider looks it up by its natural key before creating it again.",
                interrupted.Resource.Urn));
        }

        return (run, snapshot);
    }

    private static DeploymentResult Finish(EngineRun run, DeploymentKind kind, long started) => new()
    {
        Kind = kind,
        IsPreview = run.Preview,
        Steps = run.Steps,
        Diagnostics = run.Diagnostics,
        Duration = Stopwatch.GetElapsedTime(started),
    };

    /// <summary>Deletes in reverse checkpoint order (dependents before what they depend on), providers last.</summary>
    private static async Task DeleteAsync(EngineRun run, SnapshotManager snapshot, IReadOnlyList<ResourceState> resources, CancellationToken ct)
    {
        foreach (var resource in resources.Reverse().OrderBy(IsProvider))
        {
            if (resource.Protect)
            {
                run.Report(new Diagnostic(Severity.Error, DiagnosticCodes.ProtectedDelete, $"{resource.Type} '{Urn.Name(resource.Urn)}' is protected", "It cannot be deleted. Remove 'Protect' from the program and run up first.", resource.Urn));
                continue;
            }

            var step = new DeploymentStep { Op = StepOp.Delete, Urn = resource.Urn, Type = resource.Type, Old = resource };
            run.Started(step);
            try
            {
                if (!run.Preview && resource.Custom && !IsProvider(resource) && !resource.RetainOnDelete && resource.Id is { } id)
                {
                    var (provider, _) = await run.ProviderFor(resource.Type, ct);
                    await run.Bounded(async () =>
                    {
                        await provider.Delete(new DeleteRequest(resource.Urn, resource.Type, id, resource.Inputs, resource.Outputs), ct);
                        return true;
                    }, ct);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                run.Report(new Diagnostic(Severity.Error, DiagnosticCodes.DeleteFailed, $"{resource.Type} '{Urn.Name(resource.Urn)}': delete failed", ex.Message, resource.Urn) { Cause = ex });
                run.Finished(step with { Status = StepStatus.Failed, Error = ex.Message });
                continue;
            }

            if (!run.Preview)
            {
                snapshot.Complete(resource, null);
            }

            if (!resource.Delete)
            {
                run.Finished(step with { Status = run.Preview ? StepStatus.Planned : StepStatus.Done });
            }
        }
    }

    private static Task RefreshAllAsync(EngineRun run, SnapshotManager snapshot, CancellationToken ct)
        => Task.WhenAll(run.Old.Resources.Where(r => r.Custom && !r.Delete && !IsProvider(r)).Select(r => RefreshOneAsync(run, snapshot, r, ct)));

    private static async Task RefreshOneAsync(EngineRun run, SnapshotManager snapshot, ResourceState resource, CancellationToken ct)
    {
        try
        {
            var (provider, _) = await run.ProviderFor(resource.Type, ct);
            var read = await run.Bounded(() => provider.Read(new ReadRequest(resource.Urn, resource.Type, resource.Id!, resource.Inputs, resource.Outputs), ct), ct);
            if (read.Id is null)
            {
                run.Finished(new DeploymentStep { Op = StepOp.Delete, Urn = resource.Urn, Type = resource.Type, Old = resource, Status = run.Preview ? StepStatus.Planned : StepStatus.Done });
                snapshot.Complete(resource, null);

                return;
            }

            var refreshed = resource with { Id = read.Id, Inputs = read.Inputs, Outputs = read.Outputs };
            var diff = await run.Bounded(() => provider.Diff(new DiffRequest(resource.Urn, resource.Type, read.Id, read.Inputs, read.Outputs, resource.Inputs, resource.IgnoreChanges), ct), ct);
            var detailed = diff.Changes is null ? InputDiff.Compare(read.Inputs, resource.Inputs) : diff.DetailedDiff;
            var drifted = diff.Changes ?? detailed.Count > 0;
            run.Finished(new DeploymentStep
            {
                Op = drifted ? StepOp.Update : StepOp.Same,
                Urn = resource.Urn,
                Type = resource.Type,
                Old = resource,
                New = refreshed,
                DetailedDiff = detailed,
                Status = run.Preview ? StepStatus.Planned : StepStatus.Done,
            });
            // A preview's snapshot has no store: it holds the refreshed state in memory (for preview --refresh).
            snapshot.ReplaceInPlace(resource, refreshed with { Modified = drifted ? run.Time.GetUtcNow() : resource.Modified });
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            run.Report(new Diagnostic(Severity.Error, DiagnosticCodes.RefreshFailed, $"{resource.Type} '{Urn.Name(resource.Urn)}': refresh failed", ex.Message, resource.Urn) { Cause = ex });
        }
    }

    private static bool IsProvider(ResourceState resource) => resource.Type.StartsWith("pulumi:providers:", StringComparison.Ordinal);
}
