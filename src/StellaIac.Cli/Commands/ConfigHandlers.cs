using StellaIac.Cli.Hosting;

namespace StellaIac.Cli.Commands;

/// <summary>What config get, set and rm do, given their settings, a session and the context's console.</summary>
internal sealed class ConfigHandlers(CommandContext context)
{
    public async Task<int> GetAsync(CliSession session, ConfigKeySettings settings)
    {
        await context.Output.WriteLineAsync(session.Stack.GetConfig(settings.Key));
        return ExitCodes.Success;
    }

    public async Task<int> SetAsync(CliSession session, ConfigSetSettings settings, CancellationToken ct)
    {
        var text = settings.Value ?? (await context.Console.Input.ReadToEndAsync(ct)).TrimEnd('\r', '\n');
        if (session.Stack.SetConfig(settings.Key, text, settings.Secret) && !settings.Secret)
        {
            // Encrypting what is declared secret, rather than refusing, keeps the value out of the shell's history a second time.
            await context.Error.WriteLineAsync($"note: {session.Stack.KeyOf(settings.Key)} is declared secret, so it was stored encrypted (as with --secret).");
        }

        return ExitCodes.Success;
    }

    public static Task<int> RemoveAsync(CliSession session, ConfigKeySettings settings)
    {
        session.Stack.RemoveConfig(settings.Key);
        return Task.FromResult(ExitCodes.Success);
    }
}
