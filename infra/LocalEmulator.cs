using StellaIac.Engine.Configuration;
using StellaIac.Engine.Values;
using StellaIac.Engine.Workspaces;
using StellaIac.Zendesk.Emulator;

namespace StellaIac.Infra;

/// <summary>
/// The local backend of a stack that sets <c>zendesk:emulator: true</c>: the Zendesk emulator in-process,
/// its account kept in <c>stacks/emulator/&lt;stack&gt;.json</c> (a file the emulator's own --state option
/// also reads), and the zendesk provider pointed at it.
/// </summary>
internal sealed class LocalEmulator : ILocalBackend
{
    public static LocalEmulator Instance { get; } = new();

    private LocalEmulator()
    {
    }

    public bool Serves(StackFile stack) => stack["zendesk:emulator"]?.Text is "true";

    public async Task<ILocalBackendRun> StartAsync(string stateRoot, string stack, CancellationToken ct)
        => new Run(await ZendeskEmulator.StartAsync(new EmulatorOptions { StatePath = Path.Combine(stateRoot, "emulator", $"{stack}.json") }, ct: ct));

    private sealed class Run(ZendeskEmulator emulator) : ILocalBackendRun
    {
        public IReadOnlyList<ConfigEntry> Config { get; } =
        [
            new(new ConfigKey("zendesk", "url"), new PropertyValue(emulator.BaseAddress.ToString()), false),
            new(new ConfigKey("zendesk", "email"), new PropertyValue(EmulatorOptions.DefaultEmail), false),
            new(new ConfigKey("zendesk", "apiToken"), new PropertyValue(EmulatorOptions.DefaultApiToken), true),
        ];

        public ValueTask DisposeAsync() => emulator.DisposeAsync();
    }
}
