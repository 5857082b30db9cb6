using System.Text.Json;
using Grpc.Core;
using StellaIac.Engine.PulumiHost;
using StellaIac.PulumiPlugin;
using StellaIac.StellaConnect;
using Rpc = Pulumirpc;

namespace Pulumi.Stella.Provider;

/// <summary>
/// The package <c>stella</c> over Pulumi's provider protocol: its one component, <see cref="StellaConnectIntegration.Token"/>,
/// served through Construct (the component and its zendesk children register through the caller's ResourceMonitor).
/// It has no config and no custom resources, so Configure only states what the plugin accepts.
/// </summary>
internal sealed class StellaProviderService(PluginSession session) : ResourcePluginService(session)
{
    private static readonly JsonSerializerOptions IndentedJson = new() { WriteIndented = true };

    protected override string Schema() => StellaComponentSchema.Build(Version).ToJsonString(IndentedJson);

    public override Task<Rpc.ConfigureResponse> Configure(Rpc.ConfigureRequest request, ServerCallContext context)
        => Task.FromResult(new Rpc.ConfigureResponse { AcceptSecrets = true, AcceptResources = true, SupportsPreview = true });

    public override async Task<Rpc.ConstructResponse> Construct(Rpc.ConstructRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Type != StellaConnectIntegration.Token)
        {
            throw new RpcException(new Status(StatusCode.Unimplemented, $"the stella package constructs only {StellaConnectIntegration.Token}, not {request.Type}."));
        }

        var result = await PulumiConstruct.RunAsync(
            new ConstructRequest
            {
                MonitorAddress = request.MonitorEndpoint,
                Project = request.Project,
                Stack = request.Stack,
                DryRun = request.DryRun,
                Config = PulumiConfigReader.Read(request.Project, request.Config, request.ConfigSecretKeys),
                Type = request.Type,
                Name = request.Name,
                Parent = request.Parent,
                Inputs = PropertyWire.Decode(request.Inputs),
            },
            StellaComponentInputs.Declare,
            Token(context));
        return new Rpc.ConstructResponse { Urn = result.Urn, State = PropertyWire.Encode(result.State) };
    }
}
