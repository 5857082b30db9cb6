using System.Globalization;
using System.Net;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace StellaIac.PulumiPlugin;

/// <summary>
/// Runs a resource plugin as Pulumi starts plugins: <c>pulumi-resource-&lt;package&gt; [ENGINE_ADDRESS]</c>, the port
/// alone on the first stdout line and nothing else ever on stdout (the engine relays it as logs), plaintext
/// HTTP/2 on loopback, diagnostics on stderr.
/// </summary>
public static class PluginHost
{
    /// <summary>Pulumi's SDKs allow messages this large (a big program's state).</summary>
    private const int MaxMessageSize = 400 * 1024 * 1024;

    /// <param name="name">The plugin's executable name, for its messages on stderr.</param>
    /// <param name="args">The command line the engine gives.</param>
    /// <param name="addServices">Adds what the plugin's service needs besides the <see cref="PluginSession"/>.</param>
    /// <param name="statusOf">The gRPC status of the plugin's own failures; null (or none) leaves the shared classification.</param>
    /// <returns>The exit code: 0 once stopped, 2 for a command line it cannot read.</returns>
    public static async Task<int> RunAsync<TService>(string name, IReadOnlyList<string> args, Action<IServiceCollection> addServices, Func<Exception, StatusCode?>? statusOf = null)
        where TService : ResourcePluginService
    {
        ArgumentNullException.ThrowIfNull(addServices);
        string? engineAddress;
        try
        {
            engineAddress = PluginArguments.EngineAddress(args);
        }
        catch (ArgumentException ex)
        {
            await Console.Error.WriteLineAsync($"{name}: {ex.Message}");
            return 2;
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
        builder.Services.AddSingleton(new PluginSession(engineAddress));
        builder.Services.AddSingleton(statusOf ?? (_ => null));
        addServices(builder.Services);
        builder.Services.AddGrpc(grpc =>
        {
            grpc.Interceptors.Add<ErrorInterceptor>();
            grpc.MaxReceiveMessageSize = MaxMessageSize;
            grpc.MaxSendMessageSize = MaxMessageSize;
        });

        await using var app = builder.Build();
        app.MapGrpcService<TService>();
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        await Console.Out.WriteAsync(new Uri(address).Port.ToString(CultureInfo.InvariantCulture) + "\n");
        await Console.Out.FlushAsync();

        await app.WaitForShutdownAsync();
        return 0;
    }
}
