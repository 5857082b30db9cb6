using System.Collections.Concurrent;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pulumirpc;

namespace StellaIac.Testing;

/// <summary>
/// Pulumi's ResourceMonitor and Engine as a program (or a Construct) sees them, served over gRPC on 127.0.0.1: it records
/// every call, answers registrations as the engine does (URNs from parents, ids only after an update,
/// the inputs echoed as outputs), and can refuse one resource type.
/// </summary>
public sealed class FakePulumiEngine : IAsyncDisposable
{
    private readonly WebApplication app;

    private FakePulumiEngine(WebApplication app, Recorder recorder)
    {
        this.app = app;
        Calls = recorder;
    }

    public Recorder Calls { get; }

    public string Address => app.Urls.Single().Replace("http://", "", StringComparison.Ordinal);

    public static async Task<FakePulumiEngine> StartAsync(FakeEngineOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0, l => l.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        var recorder = new Recorder(options);
        builder.Services.AddSingleton(recorder);
        var app = builder.Build();
        app.MapGrpcService<MonitorService>();
        app.MapGrpcService<EngineService>();
        await app.StartAsync();
        return new FakePulumiEngine(app, recorder);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    /// <summary>What the program sent, in the order it arrived.</summary>
    public sealed class Recorder(FakeEngineOptions options)
    {
        private int nextId = 100;

        public FakeEngineOptions Options { get; } = options;

        public ConcurrentQueue<string> Sequence { get; } = new();

        public ConcurrentQueue<RegisterResourceRequest> Registrations { get; } = new();

        public ConcurrentQueue<RegisterResourceOutputsRequest> Outputs { get; } = new();

        public ConcurrentQueue<LogRequest> Logs { get; } = new();

        public ConcurrentDictionary<string, string> Ids { get; } = new();

        internal RegisterResourceResponse Register(RegisterResourceRequest request)
        {
            Sequence.Enqueue($"RegisterResource {request.Type}");
            Registrations.Enqueue(request);
            if (request.Type == Options.RefuseType)
            {
                throw new RpcException(new Status(StatusCode.Internal, $"resource registration failed: {request.Type} is refused by policy"));
            }

            // The parent may be a resource of another program (a Construct's caller): its URN says its type chain.
            var parentType = request.Parent.Length == 0 ? null : request.Parent.Split("::")[2];
            var qualified = parentType is null or "pulumi:pulumi:Stack" ? request.Type : $"{parentType}${request.Type}";
            var urn = $"urn:pulumi:{Options.Stack}::{Options.Project}::{qualified}::{request.Name}";
            var response = new RegisterResourceResponse { Urn = urn, Object = request.Object?.Clone() ?? new Struct() };
            if (request.Custom && !Options.DryRun)
            {
                response.Id = Ids[urn] = Interlocked.Increment(ref nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return response;
        }
    }

    private sealed class MonitorService(Recorder recorder) : ResourceMonitor.ResourceMonitorBase
    {
        public override Task<SupportsFeatureResponse> SupportsFeature(SupportsFeatureRequest request, ServerCallContext context)
        {
            recorder.Sequence.Enqueue($"SupportsFeature {request.Id}");
            return Task.FromResult(new SupportsFeatureResponse { HasSupport = request.Id is "secrets" or "resourceReferences" });
        }

        public override Task<RegisterResourceResponse> RegisterResource(RegisterResourceRequest request, ServerCallContext context)
            => Task.FromResult(recorder.Register(request));

        public override Task<Empty> RegisterResourceOutputs(RegisterResourceOutputsRequest request, ServerCallContext context)
        {
            recorder.Sequence.Enqueue($"RegisterResourceOutputs {request.Urn}");
            recorder.Outputs.Enqueue(request);
            return Task.FromResult(new Empty());
        }

        public override Task<Empty> SignalAndWaitForShutdown(Empty request, ServerCallContext context)
        {
            recorder.Sequence.Enqueue("SignalAndWaitForShutdown");
            return recorder.Options.SupportsShutdown
                ? Task.FromResult(new Empty())
                : throw new RpcException(new Status(StatusCode.Unimplemented, "an engine older than 3.180"));
        }
    }

    private sealed class EngineService(Recorder recorder) : Pulumirpc.Engine.EngineBase
    {
        public override Task<Empty> Log(LogRequest request, ServerCallContext context)
        {
            recorder.Logs.Enqueue(request);
            return Task.FromResult(new Empty());
        }
    }
}
