using StellaIac.Cli;

namespace StellaIac.Infra;

/// <summary>The other stacks' key fingerprints, read from their state's stack outputs (plain values; no passphrase needed).</summary>
internal static class OtherStacks
{
    public static IReadOnlyDictionary<string, string> KeyFingerprints(CliSession session)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var stack in session.Store.Stacks().Where(s => s != session.StackName))
        {
            if (session.Workspace.StateOf(stack).PlainOutputs().TryGetValue("keyFingerprint", out var value) && !value.IsSecret && value.TryGetString(out var fingerprint))
            {
                result[stack] = fingerprint;
            }
        }

        return result;
    }
}
