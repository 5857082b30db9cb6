using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;

namespace StellaIac.PulumiPlugin;

/// <summary>
/// The calls every plugin of ours answers alike: Handshake and Attach (the engine's address), GetPluginInfo
/// (the plugin assembly's version), GetSchema (the package schema each plugin builds) and Cancel. Everything
/// a plugin does not override answers UNIMPLEMENTED, as Pulumi's generated base does.
/// </summary>
public abstract class ResourcePluginService(PluginSession session) : ResourceProvider.ResourceProviderBase
{
    /// <summary>The plugin's semantic version: its assembly's, which the schema carries too.</summary>
    protected string Version => GetType().Assembly.GetName().Version is { } v ? $"{v.Major}.{v.Minor}.{v.Build}" : "0.0.0";

    public override Task<ProviderHandshakeResponse> Handshake(ProviderHandshakeRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        session.EngineAddress = request.EngineAddress;
        return Task.FromResult(new ProviderHandshakeResponse { AcceptSecrets = true, AcceptResources = true });
    }

    public override Task<PluginInfo> GetPluginInfo(Empty request, ServerCallContext context) => Task.FromResult(new PluginInfo { Version = Version });

    public override Task<Empty> Attach(PluginAttach request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        session.EngineAddress = request.Address;
        return Task.FromResult(new Empty());
    }

    public override async Task<Empty> Cancel(Empty request, ServerCallContext context)
    {
        await session.CancelAsync();
        return new Empty();
    }

    public override Task<GetSchemaResponse> GetSchema(GetSchemaRequest request, ServerCallContext context)
        => Task.FromResult(new GetSchemaResponse { Schema = Schema() });

    /// <summary>The package schema as JSON text.</summary>
    protected abstract string Schema();

    /// <summary>Cancelled when the call is, or when the engine cancels every call in flight.</summary>
    protected CancellationToken Token(ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken, session.Cancelled).Token;
    }
}
