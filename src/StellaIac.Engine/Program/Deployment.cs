using System.Collections.Concurrent;
using System.Collections.Immutable;
using StellaIac.Engine.Configuration;
using StellaIac.Engine.Values;

namespace StellaIac.Engine.Program;

/// <summary>
/// One run of a program: the stack it targets, its config, and the monitor its resources register with.
/// Ambient per async flow, so two runs (two tests) never see each other's resources.
/// </summary>
public sealed class Deployment
{
    private static readonly AsyncLocal<Deployment?> Ambient = new();
    private readonly ConcurrentQueue<Task> registrations = new();
    private readonly ConcurrentQueue<Resource> resources = new();
    private readonly IResourceMonitor monitor;
    private readonly CancellationToken cancellation;
    private readonly Dictionary<string, HashSet<Resource>> outputDependencies = new(StringComparer.Ordinal);
    private ImmutableDictionary<string, PropertyValue> stackOutputs = PropertyMap.Empty;

    private Deployment(ProgramContext context, IResourceMonitor monitor, CancellationToken cancellation)
    {
        StackName = context.Stack;
        ProjectName = context.Project;
        IsDryRun = context.IsPreview;
        Config = context.Config;
        this.monitor = monitor;
        this.cancellation = cancellation;
    }

    public string StackName { get; }

    public string ProjectName { get; }

    /// <summary>True in a preview: outputs of resources still to be created are unknown.</summary>
    public bool IsDryRun { get; }

    public StackConfiguration Config { get; }

    internal static Deployment Current => Ambient.Value
        ?? throw new InvalidOperationException("Resources and config can be used only inside a program run by the engine or the test harness (ProgramRunner.RunAsync).");

    /// <summary>The deployment running on this async flow, if any.</summary>
    public static Deployment? Active => Ambient.Value;

    internal StackResource? Stack { get; private set; }

    /// <summary>The parent of a resource declared without one: the stack, or a Construct's parent.</summary>
    internal Resource? DefaultParent { get; private set; }

    /// <summary>Runs <paramref name="program"/>, waits for every registration, and reports what was registered and what failed.</summary>
    public static Task<ProgramResult> RunAsync(ProgramContext context, IResourceMonitor monitor, Func<Task<IDictionary<string, object?>>> program, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(program);
        return RunCoreAsync(context, monitor, async deployment =>
        {
            deployment.Stack = new StackResource($"{deployment.ProjectName}-{deployment.StackName}");
            deployment.DefaultParent = deployment.Stack;
            deployment.Stack.Complete(await program());
        }, ct);
    }

    /// <summary>
    /// Constructs a component for another program (Pulumi's Construct): no stack of its own, resources without a
    /// parent go under <paramref name="parentUrn"/>, and the result's outputs are what <paramref name="construct"/> returns.
    /// </summary>
    public static Task<ProgramResult> ConstructAsync(ProgramContext context, IResourceMonitor monitor, string? parentUrn, Func<Task<IDictionary<string, object?>>> construct, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(construct);
        return RunCoreAsync(context, monitor, async deployment =>
        {
            deployment.DefaultParent = parentUrn is null ? null : new ExistingResource(parentUrn);
            var declared = await construct();
            deployment.registrations.Enqueue(deployment.CollectOutputsAsync(declared));
        }, ct);
    }

    private static async Task<ProgramResult> RunCoreAsync(ProgramContext context, IResourceMonitor monitor, Func<Deployment, Task> body, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(monitor);
        var deployment = new Deployment(context, monitor, ct);
        var previous = Ambient.Value;
        Ambient.Value = deployment;
        var failures = new List<Exception>();
        var outputs = PropertyMap.Empty;
        try
        {
            try
            {
                await body(deployment);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                failures.Add(new ProgramException(ex.Message, ex));
            }

            failures.AddRange(await deployment.WaitForRegistrationsAsync());
            outputs = deployment.stackOutputs;
        }
        finally
        {
            Ambient.Value = previous;
        }

        return new ProgramResult([.. deployment.resources], outputs, failures)
        {
            OutputDependencies = deployment.outputDependencies.ToImmutableDictionary(d => d.Key, d => d.Value.Select(r => r.UrnText).Order(StringComparer.Ordinal).ToImmutableArray()),
        };
    }

    internal Task<RegisterResourceResult> Register(Resource resource, bool custom, ResourceArgs args, ResourceOptions options)
    {
        resources.Enqueue(resource);
        var registration = RegisterAsync(resource, custom, args, options);
        registrations.Enqueue(registration);
        return registration;
    }

    internal void RegisterOutputs(Resource resource, IDictionary<string, object?> outputs)
    {
        registrations.Enqueue(RegisterOutputsAsync(resource, outputs));
    }

    private async Task RegisterOutputsAsync(Resource resource, IDictionary<string, object?> outputs)
    {
        await resource.Registration;
        var map = await ToMapAsync(resource.Name, outputs);
        if (resource is StackResource)
        {
            stackOutputs = map;
        }

        await monitor.RegisterResourceOutputsAsync(resource.UrnText, map, cancellation);
    }

    private async Task CollectOutputsAsync(IDictionary<string, object?> outputs) => stackOutputs = await ToMapAsync("the component", outputs, outputDependencies);

    /// <summary>The outputs as property values; <paramref name="dependencies"/>, when given, receives the resources each came from.</summary>
    private static async Task<ImmutableDictionary<string, PropertyValue>> ToMapAsync(string label, IDictionary<string, object?> outputs, Dictionary<string, HashSet<Resource>>? dependencies = null)
    {
        var map = PropertyMap.Empty;
        foreach (var (key, value) in outputs)
        {
            var resources = new HashSet<Resource>();
            map = map.SetItem(key, await ArgsSerializer.ToValueAsync(value, resources, $"{label} output {key}"));
            dependencies?.Add(key, resources);
        }

        return map;
    }

    private async Task<RegisterResourceResult> RegisterAsync(Resource resource, bool custom, ResourceArgs args, ResourceOptions options)
    {
        await Task.Yield();
        if (resource.Parent is { } parent)
        {
            await Awaited(resource, parent);
        }

        SerializedArgs serialized;
        try
        {
            serialized = await ArgsSerializer.SerializeAsync(args, resource.UrnText);
        }
        catch (ResourceFailedException ex)
        {
            throw new DependencyFailedException(resource.UrnText, ex.Urn, ex);
        }
        catch (Exception ex) when (ex is not ArgumentException && ex is not OperationCanceledException)
        {
            // An input's Apply threw: the program's own code failed, not a dependency.
            throw new ProgramException($"{resource.UrnText}: computing its inputs failed: {ex.Message}", ex);
        }

        foreach (var dependency in options.DependsOn)
        {
            await Awaited(resource, dependency);
        }

        var all = serialized.Dependencies.Values.SelectMany(d => d).Concat(options.DependsOn).Where(r => r != resource).Distinct().ToList();
        var customOptions = options as CustomResourceOptions;
        var request = new RegisterResourceRequest
        {
            Urn = resource.UrnText,
            Type = resource.Type,
            Name = resource.Name,
            Custom = custom,
            Parent = resource.Parent?.UrnText,
            Inputs = serialized.Inputs,
            Dependencies = [.. all.Select(r => r.UrnText).Distinct()],
            PropertyDependencies = serialized.Dependencies.Where(d => d.Value.Count > 0).ToImmutableDictionary(d => d.Key, d => d.Value.Select(r => r.UrnText).ToImmutableArray()),
            Protect = options.Protect,
            IgnoreChanges = [.. options.IgnoreChanges],
            DeleteBeforeReplace = customOptions?.DeleteBeforeReplace ?? false,
            ImportId = customOptions?.ImportId,
            RetainOnDelete = options.RetainOnDelete,
        };
        return await monitor.RegisterResourceAsync(request, cancellation);
    }

    private static async Task Awaited(Resource resource, Resource dependency)
    {
        try
        {
            await dependency.Registration;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new DependencyFailedException(resource.UrnText, dependency.UrnText, ex);
        }
    }

    /// <summary>Waits until no registration is left, including ones started while waiting.</summary>
    private async Task<List<Exception>> WaitForRegistrationsAsync()
    {
        var failures = new List<Exception>();
        var seen = 0;
        while (true)
        {
            var pending = registrations.Skip(seen).ToList();
            if (pending.Count == 0)
            {
                return failures;
            }

            seen += pending.Count;
            foreach (var task in pending)
            {
                try
                {
                    await task;
                }
                catch (Exception ex)
                {
                    failures.Add(ex);
                }
            }
        }
    }
}
