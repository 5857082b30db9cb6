using System.Collections.Immutable;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumi.Zendesk.Schema;
using StellaIac.Engine.PulumiHost;
using StellaIac.Engine.Values;
using StellaIac.PulumiPlugin;
using Engine = StellaIac.Engine.Providers;
using Rpc = Pulumirpc;

namespace Pulumi.Zendesk.Provider;

/// <summary>
/// Pulumi's <c>ResourceProvider</c> service over the same <see cref="ZendeskProvider"/> the embedded engine
/// uses: each call turns its wire values into the engine's requests and the answers back, and nothing
/// about Zendesk is decided here. Properties the schema marks secret, or whose inputs were secret, go back
/// wrapped; Zendesk's id is the resource's id and never one of its properties.
/// </summary>
internal sealed class ZendeskProviderService(PluginSession session, PluginState state) : ResourcePluginService(session)
{
    private static readonly System.Text.Json.JsonSerializerOptions IndentedJson = new() { WriteIndented = true };

    protected override string Schema() => PackageSchema.Build(Version).ToJsonString(IndentedJson);

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
        var result = await state.Configured.Invoke(request.Tok, PropertyWire.Decode(request.Args), Token(context));
        var response = new Rpc.InvokeResponse { Return = PropertyWire.Encode(result.Return) };
        response.Failures.AddRange(result.Failures.Select(f => new Rpc.CheckFailure { Property = f.Property ?? "", Reason = f.Detail }));
        return response;
    }

    public override async Task<Rpc.CheckResponse> Check(Rpc.CheckRequest request, ServerCallContext context)
    {
        var type = TypeOf(request.Type, request.Urn);
        var checkedInputs = await state.Configured.Check(new Engine.CheckRequest(request.Urn, type, NameOf(request.Name, request.Urn), PropertyWire.Decode(request.Olds), PropertyWire.Decode(request.News)), Token(context));
        var response = new Rpc.CheckResponse { Inputs = PropertyWire.Encode(checkedInputs.Inputs) };
        response.Failures.AddRange(checkedInputs.Failures.Select(f => new Rpc.CheckFailure { Property = f.Property ?? "", Reason = f.Detail }));
        return response;
    }

    public override async Task<Rpc.DiffResponse> Diff(Rpc.DiffRequest request, ServerCallContext context)
    {
        var olds = PropertyWire.Decode(request.Olds);
        var diff = await state.Configured.Diff(
            new Engine.DiffRequest(request.Urn, TypeOf(request.Type, request.Urn), request.Id, OldInputs(request.OldInputs, olds), WithId(olds, request.Id), PropertyWire.Decode(request.News), [.. request.IgnoreChanges]),
            Token(context));
        return DiffAnswer.From(diff, request.IgnoreChanges);
    }

    public override async Task<Rpc.CreateResponse> Create(Rpc.CreateRequest request, ServerCallContext context)
    {
        var type = TypeOf(request.Type, request.Urn);
        var inputs = PropertyWire.Decode(request.Properties);
        var created = await state.Configured.Create(new Engine.CreateRequest(request.Urn, type, NameOf(request.Name, request.Urn), inputs, request.Preview), Token(context));
        var outputs = request.Preview ? ZendeskProvider.WithUnknownOutputs(type, created.Outputs) : created.Outputs;
        return new Rpc.CreateResponse { Id = created.Id ?? "", Properties = Properties(type, outputs, inputs) };
    }

    public override async Task<Rpc.ReadResponse> Read(Rpc.ReadRequest request, ServerCallContext context)
    {
        var type = TypeOf(request.Type, request.Urn);
        var read = await state.Configured.Read(new Engine.ReadRequest(request.Urn, type, request.Id, PropertyWire.Decode(request.Inputs), WithId(PropertyWire.Decode(request.Properties), request.Id)), Token(context));
        return read.Id is null
            ? new Rpc.ReadResponse { Id = "" }
            : new Rpc.ReadResponse { Id = read.Id, Properties = Properties(type, read.Outputs, read.Inputs), Inputs = PropertyWire.Encode(read.Inputs) };
    }

    public override async Task<Rpc.UpdateResponse> Update(Rpc.UpdateRequest request, ServerCallContext context)
    {
        var type = TypeOf(request.Type, request.Urn);
        var olds = PropertyWire.Decode(request.Olds);
        var news = PropertyWire.Decode(request.News);
        var updated = await state.Configured.Update(
            new Engine.UpdateRequest(request.Urn, type, request.Id, OldInputs(request.OldInputs, olds), WithId(olds, request.Id), news, [.. request.IgnoreChanges], request.Preview),
            Token(context));
        return new Rpc.UpdateResponse { Properties = Properties(type, updated.Outputs, news) };
    }

    public override async Task<Empty> Delete(Rpc.DeleteRequest request, ServerCallContext context)
    {
        var olds = PropertyWire.Decode(request.Properties);
        await state.Configured.Delete(new Engine.DeleteRequest(request.Urn, TypeOf(request.Type, request.Urn), request.Id, OldInputs(request.OldInputs, olds), WithId(olds, request.Id)), Token(context));
        return new Empty();
    }

    /// <summary>
    /// The outputs as Pulumi gets them: without <c>id</c>, what the schema marks secret wrapped, and any output
    /// whose input under the same name held a secret wrapped too (so nothing secret leaves in the clear).
    /// </summary>
    private static Struct Properties(string type, ImmutableDictionary<string, PropertyValue> outputs, ImmutableDictionary<string, PropertyValue> inputs)
    {
        var marked = ZendeskProvider.MarkSecrets(type, outputs.Remove("id"));
        return PropertyWire.Encode(marked.Select(p => KeyValuePair.Create(p.Key, inputs.Get(p.Key).ContainsSecrets ? p.Value.WithSecret(true) : p.Value)));
    }

    /// <summary>Engines older than old_inputs send only the old outputs; those hold every input too.</summary>
    private static ImmutableDictionary<string, PropertyValue> OldInputs(Struct? oldInputs, ImmutableDictionary<string, PropertyValue> olds)
        => oldInputs is { Fields.Count: > 0 } ? PropertyWire.Decode(oldInputs) : olds.Remove("id");

    /// <summary>The embedded engine's state keeps the id among the outputs, and the resource providers may read it there.</summary>
    private static ImmutableDictionary<string, PropertyValue> WithId(ImmutableDictionary<string, PropertyValue> outputs, string id)
        => string.IsNullOrEmpty(id) ? outputs : outputs.SetItem("id", id);

    private static string TypeOf(string type, string urn) => string.IsNullOrEmpty(type) ? UrnPart(urn, 2).Split('$')[^1] : type;

    private static string NameOf(string name, string urn) => string.IsNullOrEmpty(name) ? UrnPart(urn, 3) : name;

    private static string UrnPart(string urn, int index)
        => urn.Split("::") is { Length: > 3 } parts ? parts[index] : throw new RpcException(new Status(StatusCode.InvalidArgument, $"'{urn}' is not a resource URN (urn:pulumi:<stack>::<project>::<type>::<name>)."));
}
