using StellaIac.Zendesk;
using StellaIac.Zendesk.Channels;
using StellaIac.Zendesk.Triggers;

namespace Pulumi.Zendesk.Triggers;

/// <summary>The account's trigger definitions, read once per run and again when a condition names a field created since.</summary>
internal sealed class AccountRules(ZendeskClient client) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private RuleDefinitions? definitions;

    public async Task<RuleDefinitions> GetAsync(bool fresh, CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            if (definitions is null || fresh)
            {
                definitions = await client.Triggers.GetDefinitionsAsync(ct);
            }

            return definitions;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    /// <summary>The channels this account lists for via_id, by id with their titles.</summary>
    public static IReadOnlyDictionary<string, string> Channels(RuleDefinitions definitions)
    {
        var via = definitions.ConditionsAll.FirstOrDefault(d => d.Subject == "via_id");
        return via is { Values.Count: > 0 }
            ? via.Values.ToDictionary(v => v.Value, v => v.Title ?? v.Value, StringComparer.Ordinal)
            : ViaChannels.All.ToDictionary(c => c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), c => c.Title, StringComparer.Ordinal);
    }
}
