namespace StellaIac.PulumiPlugin;

/// <summary>
/// The command line the Pulumi engine gives a resource plugin: <c>[--logtostderr] [-v=N] [--tracing ENDPOINT]
/// [ENGINE_ADDRESS]</c>. No address is fine: the plugin then waits for the engine to Attach
/// (<c>PULUMI_DEBUG_PROVIDERS</c>).
/// </summary>
public static class PluginArguments
{
    public static string? EngineAddress(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var positional = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--tracing")
            {
                i++;
            }
            else if (!args[i].StartsWith('-'))
            {
                positional.Add(args[i]);
            }
        }

        return positional.Count switch
        {
            0 => null,
            1 => positional[0],
            _ => throw new ArgumentException($"Expected at most one argument, the engine's address; got {string.Join(" ", positional)}."),
        };
    }
}
