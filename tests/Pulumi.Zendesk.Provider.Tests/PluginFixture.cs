using Pulumirpc;
using StellaIac.Zendesk.Emulator;
using StellaIac.Zendesk.Emulator.Control;

namespace Pulumi.Zendesk.Provider.Tests;

/// <summary>An emulator and a plugin process configured for it, through Configure's <c>args</c> as the engine sends them.</summary>
public sealed class PluginFixture : IAsyncLifetime
{
    public ZendeskEmulator Emulator { get; private set; } = null!;

    public EmulatorControl Control { get; private set; } = null!;

    public PluginProcess Plugin { get; private set; } = null!;

    public ResourceProvider.ResourceProviderClient Client => Plugin.Client;

    public async Task InitializeAsync()
    {
        Emulator = await ZendeskEmulator.StartAsync();
        Control = new EmulatorControl(Emulator.BaseAddress);
        Plugin = await PluginProcess.StartAsync("127.0.0.1:1");
        await Client.ConfigureAsync(new ConfigureRequest
        {
            AcceptSecrets = true,
            AcceptResources = true,
            Args = Wire.Of(("url", Wire.S(Emulator.BaseAddress.ToString())), ("oauthToken", Wire.Secret(Wire.S(EmulatorOptions.DefaultOAuthToken))), ("version", Wire.S("0.1.0"))),
        });
    }

    public async Task DisposeAsync()
    {
        await Plugin.DisposeAsync();
        Control.Dispose();
        await Emulator.DisposeAsync();
    }
}
