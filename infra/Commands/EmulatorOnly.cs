using StellaIac.Cli;
using StellaIac.Engine.Configuration;
using StellaIac.Zendesk.Emulator.Control;

namespace StellaIac.Infra.Commands;

/// <summary>
/// Refuses a real Zendesk account before anything is sent: the simulation creates tickets and fires triggers,
/// which on a real account would send surveys. Only the local stack's emulator, or a stack whose
/// <c>zendesk:url</c> is a loopback address that answers as the emulator, is simulated.
/// </summary>
internal static class EmulatorOnly
{
    public static async Task<EmulatorControl> RequireAsync(CliSession session, CancellationToken ct)
    {
        // Read from the stack file, not the decrypted config: a refusal needs no passphrase and sends nothing.
        var url = session.Stack.IsLocal
            ? (await session.ConfigAsync(ct)).Find("zendesk:url")?.Value.TryGetString(out var local) == true ? local : null
            : session.Stack.File["zendesk:url"]?.Text;
        var where = url ?? (session.Stack.File["zendesk:subdomain"]?.Text is { } name ? $"https://{name}.zendesk.com" : "no zendesk:url");
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var address) || !address.IsLoopback)
        {
            throw Refused(session, where);
        }

        var control = new EmulatorControl(new Uri(address.GetLeftPart(UriPartial.Authority) + "/"));
        try
        {
            await control.TriggerRunsAsync(0, ct);
            return control;
        }
        catch (HttpRequestException)
        {
            control.Dispose();
            throw Refused(session, where);
        }
    }

    private static ConfigurationException Refused(CliSession session, string where)
        => new($"simulate runs only against the Zendesk emulator, and the stack '{session.StackName}' points at {where}: on a real account the sample tickets would fire the triggers and send real surveys. Use --stack local, or a stack whose zendesk:url is a running emulator.");
}
