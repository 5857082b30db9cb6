using System.Collections.Immutable;
using Grpc.Core;
using Pulumirpc;
using StellaIac.Engine.Program;
using StellaIac.Engine.Values;
using ProgramRequest = StellaIac.Engine.Program.RegisterResourceRequest;
using WireRequest = Pulumirpc.RegisterResourceRequest;

namespace StellaIac.Engine.PulumiHost;

/// <summary>
/// The program model's registrations sent to the Pulumi engine's ResourceMonitor: each resource with its
/// inputs (secrets and unknowns in Pulumi's encoding), parent, dependencies and options; the outputs come
/// from the engine's answer (unknown in a preview, secret where the engine marks them).
/// </summary>
public sealed class GrpcResourceMonitor : IResourceMonitor
{
    private readonly ResourceMonitor.ResourceMonitorClient client;
    private readonly bool dryRun;
    private readonly Lazy<Task<bool>> acceptResources;
    private readonly Action<ProgramRequest, WireRequest>? forward;

    /// <param name="client">The engine's ResourceMonitor.</param>
    /// <param name="dryRun">A preview: a custom resource may come back without an id.</param>
    /// <param name="forward">Adds what a Construct's caller asked for (its options) to each registration.</param>
    internal GrpcResourceMonitor(ResourceMonitor.ResourceMonitorClient client, bool dryRun, Action<ProgramRequest, WireRequest>? forward = null)
    {
        this.client = client;
        this.dryRun = dryRun;
        this.forward = forward;
        // As Pulumi's SDKs do: ask once, before the first registration, whether the engine may send resource references.
        acceptResources = new Lazy<Task<bool>>(() => SupportsAsync("resourceReferences"));
    }

    public async Task<RegisterResourceResult> RegisterResourceAsync(ProgramRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var wire = new WireRequest
        {
            Type = request.Type,
            Name = request.Name,
            Parent = request.Parent ?? "",
            Custom = request.Custom,
            Object = PropertyWire.Encode(request.Inputs),
            Protect = request.Protect,
            DeleteBeforeReplace = request.DeleteBeforeReplace,
            DeleteBeforeReplaceDefined = request.DeleteBeforeReplace,
            ImportId = request.ImportId ?? "",
            RetainOnDelete = request.RetainOnDelete,
            AcceptSecrets = true,
            AcceptResources = await acceptResources.Value,
            SupportsPartialValues = true,
        };
        wire.Dependencies.AddRange(request.Dependencies);
        wire.IgnoreChanges.AddRange(request.IgnoreChanges);
        foreach (var (property, urns) in request.PropertyDependencies)
        {
            wire.PropertyDependencies[property] = new WireRequest.Types.PropertyDependencies { Urns = { urns } };
        }

        forward?.Invoke(request, wire);

        RegisterResourceResponse response;
        try
        {
            response = await client.RegisterResourceAsync(wire, cancellationToken: ct);
        }
        catch (RpcException ex) when (ex.StatusCode != StatusCode.Cancelled)
        {
            throw new PulumiHostException($"{request.Urn}: the Pulumi engine refused the registration: {ex.Status.Detail}", ex);
        }

        return new RegisterResourceResult(response.Urn, Id(response.Id, request.Custom), PropertyWire.Decode(response.Object));
    }

    public async Task RegisterResourceOutputsAsync(string urn, ImmutableDictionary<string, PropertyValue> outputs, CancellationToken ct)
    {
        try
        {
            await client.RegisterResourceOutputsAsync(new RegisterResourceOutputsRequest { Urn = urn, Outputs = PropertyWire.Encode(outputs) }, cancellationToken: ct);
        }
        catch (RpcException ex) when (ex.StatusCode != StatusCode.Cancelled)
        {
            throw new PulumiHostException($"{urn}: the Pulumi engine refused its outputs: {ex.Status.Detail}", ex);
        }
    }

    /// <summary>Tells the engine no more registrations will come and waits for its last steps; an engine older than 3.180 has no such call.</summary>
    internal async Task SignalAndWaitForShutdownAsync(CancellationToken ct)
    {
        try
        {
            await client.SignalAndWaitForShutdownAsync(new Google.Protobuf.WellKnownTypes.Empty(), cancellationToken: ct);
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.Unimplemented)
        {
            // Older engines learn that the program is done when it exits.
        }
    }

    internal async Task<bool> SupportsAsync(string feature)
    {
        try
        {
            return (await client.SupportsFeatureAsync(new SupportsFeatureRequest { Id = feature })).HasSupport;
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.Unimplemented)
        {
            return false;
        }
    }

    /// <summary>A custom resource still to be created has no id in a preview: unknown, as its other outputs.</summary>
    private PropertyValue Id(string id, bool custom)
        => !custom ? PropertyValue.Null
            : id.Length > 0 && !PropertyWire.IsUnknown(id) ? new PropertyValue(id)
            : dryRun ? PropertyValue.Computed
            : throw new PulumiHostException("the Pulumi engine answered a custom resource's registration without an id.");
}
