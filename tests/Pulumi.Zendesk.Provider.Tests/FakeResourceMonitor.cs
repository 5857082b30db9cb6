using System.Collections.Concurrent;
using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pulumirpc;

namespace Pulumi.Zendesk.Provider.Tests;

/// <summary>
/// The calling program's ResourceMonitor that a Construct registers through, on 127.0.0.1: it records the
/// registrations and answers as the engine does (URNs from the parent's type chain, the inputs echoed as
/// outputs, an id for a custom resource outside a preview). The backend's own tests have a fuller fake
/// engine; its generated protos are public in that assembly and would clash with this project's.
/// </summary>
public sealed class FakeResourceMonitor : IAsyncDisposable
{
    private readonly WebApplication app;

    private FakeResourceMonitor(WebApplication app, Recorder recorder)
    {
        this.app = app;
        Calls = recorder;
    }

    public Recorder Calls { get; }

    public string Address => app.Urls.Single().Replace("http://", "", StringComparison.Ordinal);

    public static async Task<FakeResourceMonitor> StartAsync(string project, string stack, bool dryRun)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0, l => l.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        var recorder = new Recorder(project, stack, dryRun);
        builder.Services.AddSingleton(recorder);
        var app = builder.Build();
        app.MapGrpcService<MonitorService>();
        await app.StartAsync();
        return new FakeResourceMonitor(app, recorder);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    /// <summary>What the component registered, in the order it arrived.</summary>
    public sealed class Recorder(string project, string stack, bool dryRun)
    {
        private int nextId = 100;

        public ConcurrentQueue<RegisterResourceRequest> Registrations { get; } = new();

        public ConcurrentQueue<RegisterResourceOutputsRequest> Outputs { get; } = new();

        public ConcurrentDictionary<string, string> Ids { get; } = new();

        internal RegisterResourceResponse Register(RegisterResourceRequest request)
        {
            Registrations.Enqueue(request);
            var parentType = request.Parent.Length == 0 ? null : request.Parent.Split("::")[2];
            var qualified = parentType is null or "pulumi:pulumi:Stack" ? request.Type : $"{parentType}${request.Type}";
            var urn = $"urn:pulumi:{stack}::{project}::{qualified}::{request.Name}";
            var response = new RegisterResourceResponse { Urn = urn, Object = request.Object?.Clone() ?? new Struct() };
            if (request.Custom && !dryRun)
            {
                response.Id = Ids[urn] = Interlocked.Increment(ref nextId).ToString(CultureInfo.InvariantCulture);
            }

            return response;
        }
    }

    private sealed class MonitorService(Recorder recorder) : ResourceMonitor.ResourceMonitorBase
    {
        public override Task<SupportsFeatureResponse> SupportsFeature(SupportsFeatureRequest request, ServerCallContext context)
            => Task.FromResult(new SupportsFeatureResponse { HasSupport = request.Id is "secrets" or "resourceReferences" });

        public override Task<RegisterResourceResponse> RegisterResource(RegisterResourceRequest request, ServerCallContext context)
            => Task.FromResult(recorder.Register(request));

        public override Task<Empty> RegisterResourceOutputs(RegisterResourceOutputsRequest request, ServerCallContext context)
        {
            recorder.Outputs.Enqueue(request);
            return Task.FromResult(new Empty());
        }
    }
}
