using System.Collections.Immutable;
using System.Text.Json;
using Grpc.Core;
using StellaIac.Engine.Configuration;
using StellaIac.Engine.PulumiHost;
using StellaIac.Engine.Values;
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

        ImmutableDictionary<string, PropertyValue> inputs;
        StackConfiguration config;
        try
        {
            inputs = PropertyWire.Decode(request.Inputs);
            config = PulumiConfigReader.Read(request.Project, request.Config, request.ConfigSecretKeys);
        }
        catch (PulumiHostException ex)
        {
            // An asset among the inputs, or a config key that is not one: the caller's request, checked before anything registers.
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"{StellaConnectIntegration.Token}: {ex.Message}"));
        }

        var args = StellaComponentInputs.Args(inputs);
        var result = await PulumiConstruct.RunAsync(
            new ConstructRequest
            {
                MonitorAddress = request.MonitorEndpoint,
                Project = request.Project,
                Stack = request.Stack,
                DryRun = request.DryRun,
                Config = config,
                Type = request.Type,
                Name = request.Name,
                Parent = request.Parent,
                Inputs = inputs,
                Options = Options(request),
            },
            (name, _) => StellaComponentInputs.Declare(name, args),
            Token(context));
        var response = new Rpc.ConstructResponse { Urn = result.Urn, State = PropertyWire.Encode(result.State) };
        foreach (var (output, urns) in result.StateDependencies.Where(d => d.Value.Length > 0))
        {
            response.StateDependencies[output] = new Rpc.ConstructResponse.Types.PropertyDependencies { Urns = { urns } };
        }

        return response;
    }

    /// <summary>The caller's resource options for the component, as the request carries them.</summary>
    private static ConstructOptions Options(Rpc.ConstructRequest request) => new()
    {
        Dependencies = [.. request.Dependencies],
        InputDependencies = request.InputDependencies.ToImmutableDictionary(d => d.Key, d => d.Value.Urns.ToImmutableArray()),
        Providers = request.Providers.ToImmutableDictionary(),
        Protect = request.HasProtect ? request.Protect : null,
        Aliases = [.. request.Aliases],
        AdditionalSecretOutputs = [.. request.AdditionalSecretOutputs],
        CustomTimeouts = request.CustomTimeouts is { } timeouts ? (timeouts.Create, timeouts.Update, timeouts.Delete) : ("", "", ""),
        DeletedWith = request.DeletedWith,
        DeleteBeforeReplace = request.HasDeleteBeforeReplace ? request.DeleteBeforeReplace : null,
        IgnoreChanges = [.. request.IgnoreChanges],
        ReplaceOnChanges = [.. request.ReplaceOnChanges],
        RetainOnDelete = request.HasRetainOnDelete ? request.RetainOnDelete : null,
        InputFlows = StellaComponentInputs.Flows,
    };
}
