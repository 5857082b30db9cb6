using System.Collections.Immutable;
using Grpc.Net.Client;
using Pulumirpc;
using StellaIac.Engine.Program;
using StellaIac.Engine.Values;

namespace StellaIac.Engine.PulumiHost;

/// <summary>
/// Serves Pulumi's Construct for a component of the program model: the component and its children are
/// registered through the calling program's ResourceMonitor, under the parent it names, by the same backend
/// that runs infra/ under the Pulumi CLI. The provider plugin calls this from its Construct RPC.
/// </summary>
public static class PulumiConstruct
{
    /// <param name="request">The component asked for.</param>
    /// <param name="declare">Declares the component from its name and inputs; returns its outputs.</param>
    /// <param name="ct">Cancels the registrations.</param>
    public static async Task<ConstructResult> RunAsync(ConstructRequest request, Func<string, ImmutableDictionary<string, PropertyValue>, IDictionary<string, object?>> declare, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(declare);
        using var channel = GrpcChannel.ForAddress(new Uri($"http://{request.MonitorAddress}"));
        var monitor = new GrpcResourceMonitor(new ResourceMonitor.ResourceMonitorClient(channel), request.DryRun, new ConstructForwarding(request).Apply);
        var context = new ProgramContext(request.Project, request.Stack, request.DryRun, request.Config);
        var result = await Deployment.ConstructAsync(context, monitor, string.IsNullOrEmpty(request.Parent) ? null : request.Parent, () => Task.FromResult(declare(request.Name, request.Inputs)), ct);
        var causes = FailureCauses.Of(result.Failures);
        if (causes.Count > 0)
        {
            throw new PulumiHostException($"{request.Type} '{request.Name}': {string.Join("; ", causes.Select(f => f.Message))}", causes[0]);
        }

        var component = result.Resources.FirstOrDefault(r => r.Type == request.Type && r.Name == request.Name)
            ?? throw new PulumiHostException($"constructing {request.Type} '{request.Name}' declared no resource of that type and name.");
        return new ConstructResult(component.ToString(), result.Outputs, StateDependencies(request.Options, result.OutputDependencies));
    }

    private static ImmutableDictionary<string, ImmutableArray<string>> StateDependencies(ConstructOptions options, ImmutableDictionary<string, ImmutableArray<string>> children)
        => children.ToImmutableDictionary(
            output => output.Key,
            output => output.Value
                .Concat(options.InputFlows.Where(f => f.ChildType is null && f.Property == output.Key).SelectMany(f => options.InputDependencies.GetValueOrDefault(f.Input, [])))
                .Distinct(StringComparer.Ordinal)
                .ToImmutableArray());
}
