using System.Collections.Immutable;
using StellaIac.Engine.Program;
using StellaIac.Engine.Providers;
using StellaIac.Engine.State;
using StellaIac.Engine.Values;

namespace StellaIac.Engine.Deploy;

/// <summary>
/// The engine behind a program: each registration is checked, diffed against the checkpoint and turned into
/// a step, which an apply carries out at once (so outputs are real for the resources that depend on it)
/// and a preview only plans (outputs of resources still to be created stay unknown).
/// </summary>
internal sealed class DeploymentMonitor(EngineRun run) : IResourceMonitor
{
    public async Task<RegisterResourceResult> RegisterResourceAsync(RegisterResourceRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!run.Registered.TryAdd(request.Urn, 0))
        {
            throw Fail(request.Urn, $"Two resources have the URN {request.Urn}: give each resource of type {request.Type} its own name.");
        }

        return request.Custom ? await RegisterCustomAsync(request, ct) : RegisterComponent(request);
    }

    public Task RegisterResourceOutputsAsync(string urn, ImmutableDictionary<string, PropertyValue> outputs, CancellationToken ct)
    {
        if (!run.Preview && run.Snapshot.Current().Resources.FirstOrDefault(r => r.Urn == urn && !r.Custom) is { } component)
        {
            run.Snapshot.Complete(component, component with { Outputs = outputs });
        }

        return Task.CompletedTask;
    }

    private RegisterResourceResult RegisterComponent(RegisterResourceRequest request)
    {
        var old = run.Old.Find(request.Urn);
        var state = new ResourceState
        {
            Urn = request.Urn,
            Type = request.Type,
            Custom = false,
            Parent = request.Parent,
            Dependencies = request.Dependencies,
            Protect = request.Protect,
            Outputs = old?.Outputs ?? PropertyMap.Empty,
            Created = old?.Created ?? run.Time.GetUtcNow(),
            Modified = old?.Modified ?? run.Time.GetUtcNow(),
        };
        if (!run.Preview)
        {
            run.Snapshot.Complete(old, state);
        }

        run.Finished(new DeploymentStep { Op = old is null ? StepOp.Create : StepOp.Same, Urn = request.Urn, Type = request.Type, Old = old, New = state, Status = Status });
        return new RegisterResourceResult(request.Urn, PropertyValue.Null, state.Outputs);
    }

    private async Task<RegisterResourceResult> RegisterCustomAsync(RegisterResourceRequest request, CancellationToken ct)
    {
        var (provider, reference) = await run.ProviderFor(request.Type, ct);
        var old = run.Old.Find(request.Urn);
        var inputs = KeepIgnored(request, old);
        var check = await run.Bounded(() => provider.Check(new CheckRequest(request.Urn, request.Type, request.Name, old?.Inputs ?? PropertyMap.Empty, inputs), ct), ct);
        if (check.Failures.Count > 0)
        {
            foreach (var failure in check.Failures)
            {
                run.Report(failure with { Summary = $"{request.Type} '{request.Name}' is invalid", Detail = $"{failure.Property}: {failure.Detail}", Resource = request.Urn });
            }

            var refused = string.Join("; ", check.Failures.Select(f => $"{f.Property}: {f.Detail}"));
            // Not the refused inputs: only the provider's Check marks which of them are secret, and it did not answer with them.
            var state = new ResourceState { Urn = request.Urn, Type = request.Type, Custom = true, Inputs = old?.Inputs ?? PropertyMap.Empty, Parent = request.Parent };
            run.Finished(new DeploymentStep { Op = old is null ? StepOp.Create : StepOp.Update, Urn = request.Urn, Type = request.Type, Old = old, New = state, Status = StepStatus.Failed, Error = $"invalid: {refused}" });
            throw new StepFailedException(request.Urn, $"{request.Name}: {refused}");
        }

        var wanted = new ResourceState
        {
            Urn = request.Urn,
            Type = request.Type,
            Custom = true,
            Inputs = check.Inputs,
            Parent = request.Parent,
            Dependencies = request.Dependencies,
            PropertyDependencies = request.PropertyDependencies,
            Provider = reference,
            Protect = request.Protect,
            RetainOnDelete = request.RetainOnDelete,
            IgnoreChanges = request.IgnoreChanges,
        };

        if (old is null)
        {
            var adopt = request.ImportId ?? await run.Bounded(() => provider.Adopt(new AdoptRequest(request.Urn, request.Type, request.Name, check.Inputs), ct), ct);
            return adopt is null
                ? await CreateAsync(provider, request, wanted, ct)
                : await ImportAsync(provider, request, wanted with { ImportId = request.ImportId }, adopt, ct);
        }

        var diff = await DiffAsync(provider, request, old.Id!, old.Inputs, old.Outputs, check.Inputs, ct);
        if (diff.Changes == false)
        {
            var same = wanted with { Id = old.Id, Outputs = old.Outputs, Created = old.Created, Modified = old.Modified, ImportId = old.ImportId };
            if (!run.Preview)
            {
                run.Snapshot.Complete(old, same);
            }

            run.Finished(new DeploymentStep { Op = StepOp.Same, Urn = request.Urn, Type = request.Type, Old = old, New = same, Status = Status });
            return Result(same);
        }

        var replaces = diff.Replaces.Concat(diff.DetailedDiff.Where(d => d.Value.IsReplace).Select(d => d.Key)).Distinct().ToList();
        if (replaces.Count > 0)
        {
            if (old.Protect || request.Protect)
            {
                var message = $"{request.Name} is protected and would be replaced ({string.Join(", ", replaces)} changed). Remove 'Protect', run up, then make the change.";
                run.Report(new Diagnostic(Severity.Error, DiagnosticCodes.ProtectedReplace, $"{request.Type} '{request.Name}' cannot be replaced: it is protected", message, request.Urn, replaces[0]));
                throw new StepFailedException(request.Urn, message);
            }

            return await ReplaceAsync(provider, request, old, wanted, diff, replaces, ct);
        }

        return await UpdateAsync(provider, request, old, wanted, diff, ct);
    }

    private async Task<RegisterResourceResult> CreateAsync(Provider provider, RegisterResourceRequest request, ResourceState wanted, CancellationToken ct)
    {
        var step = new DeploymentStep { Op = StepOp.Create, Urn = request.Urn, Type = request.Type, New = wanted };
        var created = await Apply(step, null, async () =>
        {
            var response = await CallCreateAsync(provider, request, wanted, ct);

            var now = run.Time.GetUtcNow();
            return wanted with { Id = response.Id, Outputs = response.Outputs, Created = now, Modified = now };
        }, "creating", ct);
        return Result(created);
    }

    private async Task<RegisterResourceResult> UpdateAsync(Provider provider, RegisterResourceRequest request, ResourceState old, ResourceState wanted, DiffResponse diff, CancellationToken ct)
    {
        var step = new DeploymentStep { Op = StepOp.Update, Urn = request.Urn, Type = request.Type, Old = old, New = wanted, DetailedDiff = diff.DetailedDiff };
        var updated = await Apply(step, old, async () =>
        {
            var response = await provider.Update(new UpdateRequest(request.Urn, request.Type, old.Id!, old.Inputs, old.Outputs, wanted.Inputs, request.IgnoreChanges, run.Preview), ct);
            return wanted with { Id = old.Id, Outputs = response.Outputs, Created = old.Created, Modified = run.Time.GetUtcNow(), ImportId = old.ImportId };
        }, "updating", ct);
        return Result(updated);
    }

    private async Task<RegisterResourceResult> ReplaceAsync(Provider provider, RegisterResourceRequest request, ResourceState old, ResourceState wanted, DiffResponse diff, IReadOnlyList<string> replaces, CancellationToken ct)
    {
        var deleteFirst = request.DeleteBeforeReplace || diff.DeleteBeforeReplace;
        var step = new DeploymentStep { Op = StepOp.Replace, Urn = request.Urn, Type = request.Type, Old = old, New = wanted, DetailedDiff = diff.DetailedDiff, ReplaceReasons = replaces };
        var replacement = await Apply(step, old, async () =>
        {
            if (deleteFirst && !run.Preview)
            {
                await provider.Delete(new DeleteRequest(request.Urn, request.Type, old.Id!, old.Inputs, old.Outputs), ct);
                run.Snapshot.Complete(old, null);
            }

            var response = await CallCreateAsync(provider, request, wanted, ct);

            var now = run.Time.GetUtcNow();
            return wanted with { Id = response.Id, Outputs = response.Outputs, Created = now, Modified = now };
        }, "creating", ct, keepOldForDelete: !deleteFirst);
        return Result(replacement);
    }

    private async Task<RegisterResourceResult> ImportAsync(Provider provider, RegisterResourceRequest request, ResourceState wanted, string id, CancellationToken ct)
    {
        var read = await run.Bounded(() => provider.Read(new ReadRequest(request.Urn, request.Type, id, PropertyMap.Empty, PropertyMap.Empty), ct), ct);
        if (read.Id is null)
        {
            var message = $"{request.Type} '{id}' does not exist, so it cannot be imported; remove ImportId to create it instead.";
            run.Report(new Diagnostic(Severity.Error, DiagnosticCodes.ImportFailed, $"{request.Type} '{request.Name}' cannot be imported", message, request.Urn));
            throw new StepFailedException(request.Urn, message);
        }

        var found = wanted with { Id = read.Id, Inputs = read.Inputs, Outputs = read.Outputs };
        var diff = await DiffAsync(provider, request, read.Id, read.Inputs, read.Outputs, wanted.Inputs, ct);
        var step = new DeploymentStep { Op = StepOp.Import, Urn = request.Urn, Type = request.Type, Old = found, New = wanted, DetailedDiff = diff.DetailedDiff };
        var imported = await Apply(step, null, async () =>
        {
            var now = run.Time.GetUtcNow();
            if (diff.Changes == false)
            {
                return wanted with { Id = read.Id, Outputs = read.Outputs, Created = now, Modified = now };
            }

            var response = await provider.Update(new UpdateRequest(request.Urn, request.Type, read.Id, read.Inputs, read.Outputs, wanted.Inputs, request.IgnoreChanges, run.Preview), ct);
            return wanted with { Id = read.Id, Outputs = response.Outputs, Created = now, Modified = now };
        }, "importing", ct);
        return Result(imported);
    }

    /// <summary>Runs a step: bounded, reported, recorded as pending while it runs, and failed loudly.</summary>
    private async Task<ResourceState> Apply(DeploymentStep step, ResourceState? old, Func<Task<ResourceState>> act, string operation, CancellationToken ct, bool keepOldForDelete = false)
    {
        run.Started(step);
        var begun = step.New!;
        if (!run.Preview)
        {
            run.Snapshot.Begin(begun, operation);
        }

        ResourceState result;
        try
        {
            result = await run.Bounded(act, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            if (!run.Preview)
            {
                run.Snapshot.Complete(null, null, begun);
            }

            run.Report(new Diagnostic(Severity.Error, DiagnosticCodes.StepFailed, $"{step.Type} '{step.Name}': {Verb(step.Op)} failed", ex.Message, step.Urn) { Cause = ex });
            run.Finished(step with { Status = StepStatus.Failed, Error = ex.Message });
            throw new StepFailedException(step.Urn, $"{step.Name}: {ex.Message}", ex);
        }

        if (!run.Preview)
        {
            run.Snapshot.Complete(old, result, begun);
            if (keepOldForDelete && old is not null)
            {
                run.Snapshot.Complete(null, old with { Delete = true });
            }
        }

        run.Finished(step with { New = result, Status = Status });
        return result;
    }

    /// <summary>The provider's create, which must name the new object; a recovered create is reported.</summary>
    private async Task<CreateResponse> CallCreateAsync(Provider provider, RegisterResourceRequest request, ResourceState wanted, CancellationToken ct)
    {
        var response = await provider.Create(new CreateRequest(request.Urn, request.Type, request.Name, wanted.Inputs, run.Preview), ct);
        if (!run.Preview && string.IsNullOrEmpty(response.Id))
        {
            throw new InvalidOperationException($"the {ProviderRegistry.PackageOf(request.Type)} provider created {request.Name} but returned no id.");
        }

        if (response.Note is { } note)
        {
            run.Report(new Diagnostic(Severity.Warning, DiagnosticCodes.CreateRecovered, $"{request.Type} '{request.Name}': {note}", "Nothing was duplicated; the state holds the one object.", request.Urn));
        }

        return response;
    }

    private async Task<DiffResponse> DiffAsync(Provider provider, RegisterResourceRequest request, string id, ImmutableDictionary<string, PropertyValue> oldInputs, ImmutableDictionary<string, PropertyValue> oldOutputs, ImmutableDictionary<string, PropertyValue> newInputs, CancellationToken ct)
    {
        var diff = await run.Bounded(() => provider.Diff(new DiffRequest(request.Urn, request.Type, id, oldInputs, oldOutputs, newInputs, request.IgnoreChanges), ct), ct);
        if (diff.Changes is not null)
        {
            return diff;
        }

        var detailed = InputDiff.Compare(oldInputs, newInputs);
        return diff with { Changes = detailed.Count > 0, DetailedDiff = detailed };
    }

    /// <summary>Properties under IgnoreChanges keep the value the state holds, as Pulumi does.</summary>
    private static ImmutableDictionary<string, PropertyValue> KeepIgnored(RegisterResourceRequest request, ResourceState? old)
    {
        var inputs = request.Inputs;
        if (old is null)
        {
            return inputs;
        }

        foreach (var ignored in request.IgnoreChanges)
        {
            inputs = old.Inputs.TryGetValue(ignored, out var kept) ? inputs.SetItem(ignored, kept) : inputs.Remove(ignored);
        }

        return inputs;
    }

    private StepStatus Status => run.Preview ? StepStatus.Planned : StepStatus.Done;

    private static RegisterResourceResult Result(ResourceState state)
        => new(state.Urn, state.Id is null ? PropertyValue.Computed : new PropertyValue(state.Id), state.Outputs);

    private static string Verb(StepOp op) => op switch
    {
        StepOp.Create => "create",
        StepOp.Update => "update",
        StepOp.Replace => "replace",
        StepOp.Import => "import",
        StepOp.Delete => "delete",
        _ => "step",
    };

    private StepFailedException Fail(string urn, string message)
    {
        run.Report(new Diagnostic(Severity.Error, DiagnosticCodes.DuplicateResource, "Duplicate resource", message, urn));
        return new StepFailedException(urn, message);
    }
}
