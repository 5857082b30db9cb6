using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using StellaIac.Zendesk.Emulator.Account;
using StellaIac.Zendesk.Emulator.Api;
using StellaIac.Zendesk.Emulator.Control;
using StellaIac.Zendesk.Emulator.OAuth;
using StellaIac.Zendesk.Emulator.Pipeline;
using StellaIac.Zendesk.Emulator.Stella;
using StellaIac.Zendesk.Emulator.Tickets;

namespace StellaIac.Zendesk.Emulator;

/// <summary>A running emulator: a real HTTP server on loopback, started in-process or by Program.</summary>
public sealed class ZendeskEmulator : IAsyncDisposable
{
    private readonly WebApplication app;

    private ZendeskEmulator(WebApplication app, Uri baseAddress, EmulatorOptions options)
    {
        this.app = app;
        BaseAddress = baseAddress;
        Options = options;
    }

    /// <summary>The account's root, e.g. http://127.0.0.1:50123/.</summary>
    public Uri BaseAddress { get; }

    public EmulatorOptions Options { get; }

    public static async Task<ZendeskEmulator> StartAsync(EmulatorOptions? options = null, TimeProvider? time = null, CancellationToken ct = default)
    {
        options ??= new EmulatorOptions();
        time ??= TimeProvider.System;
        var store = new AccountStore(options.StatePath, time);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(ZendeskEmulator).Assembly.GetName().Name });
        builder.WebHost.UseUrls(options.Url);
        builder.Logging.ClearProviders();
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower);

        var app = builder.Build();
        var services = new EmulatorServices(store, new StellaConnectReceiver(options.StellaKeys), new RequestLog(), new FaultInjector(), time, options.PublicHost, new OAuthIssuer(options, time));
        app.UseZendeskPipeline(options, services, time);
        app.UseRouting();
        WebhooksApi.Map(app, services);
        TicketFieldsApi.Map(app, services);
        TriggersApi.Map(app, services);
        TriggerCategoriesApi.Map(app, services);
        AutomationsApi.Map(app, services);
        AccountSettingsApi.Map(app, services);
        TargetsApi.Map(app, services);
        BrandsApi.Map(app, services);
        TicketsApi.Map(app, services);
        OAuthTokensApi.Map(app, services.OAuth);
        ControlEndpoints.Map(app, services);
        app.MapFallback((HttpRequest http) => http.Path.StartsWithSegments("/api", StringComparison.Ordinal)
            ? ZendeskAnswers.Errors(StatusCodes.Status404NotFound, ("NotFound", $"The emulator has no {http.Method} {http.Path}"))
            : Results.NotFound());

        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ZendeskEmulator(app, new Uri(address.TrimEnd('/') + "/"), options);
    }

    public Task WaitForShutdownAsync() => app.WaitForShutdownAsync();

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
