using System.Collections.Immutable;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumi.Zendesk.Schema;
using StellaIac.Engine.PulumiHost;
using StellaIac.Engine.Values;
using StellaIac.StellaConnect;
using Engine = StellaIac.Engine.Providers;
using Rpc = Pulumirpc;

namespace Pulumi.Zendesk.Provider;

/// <summary>
/// Pulumi's <c>ResourceProvider</c> service over the same <see cref="ZendeskProvider"/> the embedded engine
/// uses: each call turns its wire values into the engine's requests and the answers back, and nothing
/// about Zendesk is decided here. Properties the schema marks secret, or whose inputs were secret, go back
/// wrapped; Zendesk's id is the resource's id and never one of its properties.
/// </summary>
internal sealed class ZendeskProviderService(PluginState state) : Rpc.ResourceProvider.ResourceProviderBase
{
    private static readonly System.Text.Json.JsonSerializerOptions IndentedJson = new() { WriteIndented = true };

    public static string Version { get; } = typeof(ZendeskProviderService).Assembly.GetName().Version is { } v ? $"{v.Major}.{v.Minor}.{v.Build}" : "0.0.0";

    public override Task<Rpc.ProviderHandshakeResponse> Handshake(Rpc.ProviderHandshakeRequest request, ServerCallContext context)
    {
        state.EngineAddress = request.EngineAddress;
        return Task.FromResult(new Rpc.ProviderHandshakeResponse { AcceptSecrets = true, AcceptResources = true });
    }

    public override Task<Rpc.PluginInfo> GetPluginInfo(Empty request, ServerCallContext context) => Task.FromResult(new Rpc.PluginInfo { Version = Version });

    public override Task<Empty> Attach(Rpc.PluginAttach request, ServerCallContext context)
    {
        state.EngineAddress = request.Address;
        return Task.FromResult(new Empty());
    }

    public override async Task<Empty> Cancel(Empty request, ServerCallContext context)
    {
        await state.CancelAsync();
        return new Empty();
    }

    public override Task<Rpc.GetSchemaResponse> GetSchema(Rpc.GetSchemaRequest request, ServerCallContext context)
        => Task.FromResult(new Rpc.GetSchemaResponse { Schema = StellaComponentSchema.AddTo(PackageSchema.Build(Version)).ToJsonString(IndentedJson) });

    public override Task<Rpc.CheckResponse> CheckConfig(Rpc.CheckRequest request, ServerCallContext context) => Task.FromResult(ConfigService.Check(request));

    public override Task<Rpc.DiffResponse> DiffConfig(Rpc.DiffRequest request, ServerCallContext context) => Task.FromResult(ConfigService.Diff(request));

    public override async Task<Rpc.ConfigureResponse> Configure(Rpc.ConfigureRequest request, ServerCallContext context)
    {
        var provider = new ZendeskProvider();
        await provider.Configure(ConfigService.Arguments(request), context.CancellationToken);
        state.Configure(provider);
        return new Rpc.ConfigureResponse { AcceptSecrets = true, AcceptResources = true, SupportsPreview = true };
    }

    public override async Task<Rpc.InvokeResponse> Invoke(Rpc.InvokeRequest request, ServerCallContext context)
    {
        var result = await state.Configured.Invoke(request.Tok, PropertyStruct.ToMap(request.Args), Token(context));
        var response = new Rpc.InvokeResponse { Return = PropertyStruct.ToStruct(result.Return) };
        response.Failures.AddRange(result.Failures.Select(f => new Rpc.CheckFailure { Property = f.Property ?? "", Reason = f.Detail }));
        return response;
    }

    public override async Task<Rpc.CheckResponse> Check(Rpc.CheckRequest request, ServerCallContext context)
    {
        var type = TypeOf(request.Type, request.Urn);
        var checkedInputs = await state.Configured.Check(new Engine.CheckRequest(request.Urn, type, NameOf(request.Name, request.Urn), PropertyStruct.ToMap(request.Olds), PropertyStruct.ToMap(request.News)), Token(context));
        var response = new Rpc.CheckResponse { Inputs = PropertyStruct.ToStruct(checkedInputs.Inputs) };
        response.Failures.AddRange(checkedInputs.Failures.Select(f => new Rpc.CheckFailure { Property = f.Property ?? "", Reason = f.Detail }));
        return response;
    }

    public override async Task<Rpc.DiffResponse> Diff(Rpc.DiffRequest request, ServerCallContext context)
    {
        var olds = PropertyStruct.ToMap(request.Olds);
        var diff = await state.Configured.Diff(
            new Engine.DiffRequest(request.Urn, TypeOf(request.Type, request.Urn), request.Id, OldInputs(request.OldInputs, olds), WithId(olds, request.Id), PropertyStruct.ToMap(request.News), [.. request.IgnoreChanges]),
            Token(context));
        return DiffAnswer.From(diff, request.IgnoreChanges);
    }

    public override async Task<Rpc.CreateResponse> Create(Rpc.CreateRequest request, ServerCallContext context)
    {
        var type = TypeOf(request.Type, request.Urn);
        var inputs = PropertyStruct.ToMap(request.Properties);
        var created = await state.Configured.Create(new Engine.CreateRequest(request.Urn, type, NameOf(request.Name, request.Urn), inputs, request.Preview), Token(context));
        var outputs = request.Preview ? ZendeskProvider.WithUnknownOutputs(type, created.Outputs) : created.Outputs;
        return new Rpc.CreateResponse { Id = created.Id ?? "", Properties = Properties(type, outputs, inputs) };
    }

    public override async Task<Rpc.ReadResponse> Read(Rpc.ReadRequest request, ServerCallContext context)
    {
        var type = TypeOf(request.Type, request.Urn);
        var read = await state.Configured.Read(new Engine.ReadRequest(request.Urn, type, request.Id, PropertyStruct.ToMap(request.Inputs), WithId(PropertyStruct.ToMap(request.Properties), request.Id)), Token(context));
        return read.Id is null
            ? new Rpc.ReadResponse { Id = "" }
            : new Rpc.ReadResponse { Id = read.Id, Properties = Properties(type, read.Outputs, read.Inputs), Inputs = PropertyStruct.ToStruct(read.Inputs) };
    }

    public override async Task<Rpc.UpdateResponse> Update(Rpc.UpdateRequest request, ServerCallContext context)
    {
        var type = TypeOf(request.Type, request.Urn);
        var olds = PropertyStruct.ToMap(request.Olds);
        var news = PropertyStruct.ToMap(request.News);
        var updated = await state.Configured.Update(
            new Engine.UpdateRequest(request.Urn, type, request.Id, OldInputs(request.OldInputs, olds), WithId(olds, request.Id), news, [.. request.IgnoreChanges], request.Preview),
            Token(context));
        return new Rpc.UpdateResponse { Properties = Properties(type, updated.Outputs, news) };
    }

    public override async Task<Empty> Delete(Rpc.DeleteRequest request, ServerCallContext context)
    {
        var olds = PropertyStruct.ToMap(request.Properties);
        await state.Configured.Delete(new Engine.DeleteRequest(request.Urn, TypeOf(request.Type, request.Urn), request.Id, OldInputs(request.OldInputs, olds), WithId(olds, request.Id)), Token(context));
        return new Empty();
    }

    /// <summary>The Stella integration as one component: it and its children register through the caller's ResourceMonitor. Other types stay unserved.</summary>
    public override async Task<Rpc.ConstructResponse> Construct(Rpc.ConstructRequest request, ServerCallContext context)
    {
        if (request.Type is not (StellaComponentSchema.Token or StellaConnectIntegration.Token))
        {
            throw new RpcException(new Status(StatusCode.Unimplemented, $"Construct serves only {StellaComponentSchema.Token} (or {StellaConnectIntegration.Token}), not {request.Type}."));
        }

        var result = await PulumiConstruct.RunAsync(
            new ConstructRequest
            {
                MonitorAddress = request.MonitorEndpoint,
                Project = request.Project,
                Stack = request.Stack,
                DryRun = request.DryRun,
                Config = PulumiConfigReader.Read(request.Project, request.Config, request.ConfigSecretKeys),
                Type = StellaConnectIntegration.Token,
                Name = request.Name,
                Parent = request.Parent,
                Inputs = PropertyStruct.ToMap(request.Inputs),
            },
            StellaComponentInputs.Declare,
            Token(context));
        return new Rpc.ConstructResponse { Urn = result.Urn, State = PropertyStruct.ToStruct(result.State) };
    }

    /// <summary>
    /// The outputs as Pulumi gets them: without <c>id</c>, what the schema marks secret wrapped, and any output
    /// whose input under the same name held a secret wrapped too (so nothing secret leaves in the clear).
    /// </summary>
    private static Struct Properties(string type, ImmutableDictionary<string, PropertyValue> outputs, ImmutableDictionary<string, PropertyValue> inputs)
    {
        var marked = ZendeskProvider.MarkSecrets(type, outputs.Remove("id"));
        return PropertyStruct.ToStruct(marked.Select(p => KeyValuePair.Create(p.Key, inputs.Get(p.Key).ContainsSecrets ? p.Value.WithSecret(true) : p.Value)));
    }

    /// <summary>Engines older than old_inputs send only the old outputs; those hold every input too.</summary>
    private static ImmutableDictionary<string, PropertyValue> OldInputs(Struct? oldInputs, ImmutableDictionary<string, PropertyValue> olds)
        => oldInputs is { Fields.Count: > 0 } ? PropertyStruct.ToMap(oldInputs) : olds.Remove("id");

    /// <summary>The embedded engine's state keeps the id among the outputs, and the resource providers may read it there.</summary>
    private static ImmutableDictionary<string, PropertyValue> WithId(ImmutableDictionary<string, PropertyValue> outputs, string id)
        => string.IsNullOrEmpty(id) ? outputs : outputs.SetItem("id", id);

    private static string TypeOf(string type, string urn) => string.IsNullOrEmpty(type) ? UrnPart(urn, 2).Split('$')[^1] : type;

    private static string NameOf(string name, string urn) => string.IsNullOrEmpty(name) ? UrnPart(urn, 3) : name;

    private static string UrnPart(string urn, int index)
        => urn.Split("::") is { Length: > 3 } parts ? parts[index] : throw new RpcException(new Status(StatusCode.InvalidArgument, $"'{urn}' is not a resource URN (urn:pulumi:<stack>::<project>::<type>::<name>)."));

    private CancellationToken Token(ServerCallContext context) => CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken, state.Cancelled).Token;
}
