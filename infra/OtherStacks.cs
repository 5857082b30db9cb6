using System.Text.Json.Nodes;
using StellaIac.Cli;
using StellaIac.Engine.Program;

namespace StellaIac.Infra;

/// <summary>The other stacks' key fingerprints, read from their state's stack outputs (plain values; no passphrase needed).</summary>
internal static class OtherStacks
{
    public static IReadOnlyDictionary<string, string> KeyFingerprints(CliSession session)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var stack in session.Store.Stacks().Where(s => s != session.StackName))
        {
            var json = JsonNode.Parse(File.ReadAllText(session.Store.StackPath(stack)));
            var root = (json?["checkpoint"]?["latest"]?["resources"] as JsonArray)?.FirstOrDefault(r => (string?)r?["type"] == Urn.StackType);
            if (root?["outputs"]?["keyFingerprint"] is JsonValue value && value.TryGetValue<string>(out var fingerprint))
            {
                result[stack] = fingerprint;
            }
        }

        return result;
    }
}
