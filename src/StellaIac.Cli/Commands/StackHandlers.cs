using System.Globalization;
using StellaIac.Cli.Hosting;

namespace StellaIac.Cli.Commands;

/// <summary>What stack ls, init, select and unlock do, given their settings, a session and the context's console.</summary>
internal sealed class StackHandlers(CommandContext context)
{
    public async Task<int> ListAsync(CliSession session)
    {
        var selected = session.StackName;
        await context.Output.WriteLineAsync($"{"NAME",-12} {"LAST UPDATE",-22} RESOURCE COUNT");
        foreach (var name in session.Workspace.ListStacks())
        {
            var state = session.Workspace.StateOf(name);
            var updated = state.LastUpdate?.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "n/a";
            var count = state.ResourceCount()?.ToString(CultureInfo.InvariantCulture) ?? "n/a";
            await context.Output.WriteLineAsync($"{name + (name == selected ? "*" : ""),-12} {updated,-22} {count}");
        }

        return ExitCodes.Success;
    }

    public async Task<int> InitAsync(CliSession session, StackNameSettings settings)
    {
        session.Workspace.CreateStack(settings.Name);
        await context.Output.WriteLineAsync($"Created stack '{settings.Name}' ({Path.GetFileName(session.Project.StackFilePath(settings.Name))}); it is now selected.");
        return ExitCodes.Success;
    }

    public async Task<int> SelectAsync(CliSession session, StackNameSettings settings)
    {
        session.Workspace.SelectStack(settings.Name);
        await context.Output.WriteLineAsync($"Selected stack '{settings.Name}'.");
        return ExitCodes.Success;
    }

    public async Task<int> UnlockAsync(CliSession session)
    {
        var removed = session.Store.Unlock(session.StackName);
        await context.Output.WriteLineAsync(removed ? $"Removed the lock of '{session.StackName}'." : $"The stack '{session.StackName}' is not locked.");
        return ExitCodes.Success;
    }
}
