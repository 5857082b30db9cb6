using System.Collections.Concurrent;
using System.Collections.Immutable;
using StellaIac.Engine.Deploy;
using StellaIac.Engine.Providers;
using StellaIac.Engine.Values;

namespace StellaIac.Engine.Tests;

/// <summary>
/// A provider over a dictionary, shared by the runs of one test so that state outlives a run. It refuses an
/// empty name, replaces on a change of 'kind', records every call and how many ran at once, and fails on demand.
/// </summary>
public sealed class InMemoryProvider : Provider
{
    private int running;
    private int nextId;

    public ConcurrentDictionary<string, ImmutableDictionary<string, PropertyValue>> Objects { get; } = new();

    public ConcurrentQueue<string> Calls { get; } = new();

    public ConcurrentDictionary<string, string> FailOn { get; } = new();

    public int MaxConcurrent { get; private set; }

    public TimeSpan Delay { get; set; }

    /// <summary>When set, every Adopt fails with this message, as every look-up fails when the account is unreachable.</summary>
    public string? AccountFailure { get; set; }

    /// <summary>Names whose existing objects Adopt finds (the natural key).</summary>
    public bool AdoptByName { get; set; }

    public override Task<CheckResponse> Check(CheckRequest request, CancellationToken ct)
    {
        var failures = new List<Diagnostic>();
        if (request.NewInputs.GetString("name") is { Length: 0 })
        {
            failures.Add(Diagnostic.Invalid("name", "must not be empty"));
        }

        var inputs = request.NewInputs.ContainsKey("size") ? request.NewInputs : request.NewInputs.SetItem("size", 1.0);
        return Task.FromResult(new CheckResponse { Inputs = inputs, Failures = failures });
    }

    public override Task<DiffResponse> Diff(DiffRequest request, CancellationToken ct)
    {
        var detailed = Deploy.InputDiff.Compare(request.OldInputs, request.NewInputs, new HashSet<string> { "kind" });
        return Task.FromResult(new DiffResponse { Changes = detailed.Count > 0, DetailedDiff = detailed, Replaces = [.. detailed.Where(d => d.Value.IsReplace).Select(d => d.Key)] });
    }

    public override async Task<CreateResponse> Create(CreateRequest request, CancellationToken ct)
    {
        if (request.Preview)
        {
            return new CreateResponse(null, Outputs(request.Inputs, label: PropertyValue.Computed));
        }

        await Enter("create", request.Inputs.GetString("name") ?? request.Name, ct);
        try
        {
            var id = $"thing-{Interlocked.Increment(ref nextId)}";
            var outputs = Outputs(request.Inputs, new PropertyValue($"label-{request.Inputs.GetString("name")}"));
            Objects[id] = outputs;
            return new CreateResponse(id, outputs);
        }
        finally
        {
            Interlocked.Decrement(ref running);
        }
    }

    public override Task<ReadResponse> Read(ReadRequest request, CancellationToken ct)
    {
        Calls.Enqueue($"read {request.Id}");
        return Task.FromResult(Objects.TryGetValue(request.Id, out var outputs)
            ? new ReadResponse(request.Id, outputs.Remove("label"), outputs)
            : ReadResponse.Gone);
    }

    public override async Task<UpdateResponse> Update(UpdateRequest request, CancellationToken ct)
    {
        if (request.Preview)
        {
            return new UpdateResponse(Outputs(request.NewInputs, request.OldOutputs.Get("label")));
        }

        await Enter("update", request.NewInputs.GetString("name") ?? request.Id, ct);
        try
        {
            var outputs = Outputs(request.NewInputs, new PropertyValue($"label-{request.NewInputs.GetString("name")}"));
            Objects[request.Id] = outputs;
            return new UpdateResponse(outputs);
        }
        finally
        {
            Interlocked.Decrement(ref running);
        }
    }

    public override async Task Delete(DeleteRequest request, CancellationToken ct)
    {
        await Enter("delete", request.Inputs.GetString("name") ?? request.Id, ct);
        try
        {
            Objects.TryRemove(request.Id, out _);
        }
        finally
        {
            Interlocked.Decrement(ref running);
        }
    }

    public override Task<string?> Adopt(AdoptRequest request, CancellationToken ct)
        => AccountFailure is { } failure ? throw new InvalidOperationException(failure) : Task.FromResult(AdoptByName ? Objects.FirstOrDefault(o => o.Value.GetString("name") == request.Inputs.GetString("name")).Key : null);

    private static ImmutableDictionary<string, PropertyValue> Outputs(ImmutableDictionary<string, PropertyValue> inputs, PropertyValue label)
        => inputs.SetItem("label", label);

    private async Task Enter(string operation, string name, CancellationToken ct)
    {
        var now = Interlocked.Increment(ref running);
        lock (Calls)
        {
            MaxConcurrent = Math.Max(MaxConcurrent, now);
        }

        Calls.Enqueue($"{operation} {name}");
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, ct);
        }

        if (FailOn.TryGetValue(name, out var failing) && failing == operation)
        {
            Interlocked.Decrement(ref running);
            throw new InvalidOperationException($"{operation} of {name} failed on purpose");
        }
    }
}
