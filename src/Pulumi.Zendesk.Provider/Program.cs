using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Pulumi.Zendesk.Provider;

// Started as Pulumi starts plugins: the port alone on the first stdout line, and nothing else ever on
// stdout (the engine relays it as logs); plaintext HTTP/2 on loopback; diagnostics on stderr.
string? engineAddress;
try
{
    engineAddress = PluginArguments.EngineAddress(args);
}
catch (ArgumentException ex)
{
    await Console.Error.WriteLineAsync($"pulumi-resource-zendesk: {ex.Message}");
    return 2;
}

var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
builder.Services.AddSingleton(new PluginState(engineAddress));
builder.Services.AddGrpc(grpc =>
{
    grpc.Interceptors.Add<ErrorInterceptor>();
    grpc.MaxReceiveMessageSize = 400 * 1024 * 1024;
    grpc.MaxSendMessageSize = 400 * 1024 * 1024;
});

await using var app = builder.Build();
app.MapGrpcService<ZendeskProviderService>();
await app.StartAsync();

var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
await Console.Out.WriteAsync(new Uri(address).Port.ToString(CultureInfo.InvariantCulture) + "\n");
await Console.Out.FlushAsync();

await app.WaitForShutdownAsync();
return 0;
