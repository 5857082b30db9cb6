using StellaIac.Cli;
using StellaIac.Engine.Configuration;
using StellaIac.Zendesk;

namespace StellaIac.Infra.Commands;

/// <summary>A Zendesk client for the stack (the emulator for the local stack), and the Stella webhook's id from its state.</summary>
internal static class StackZendesk
{
    public static async Task<ZendeskClient> ClientAsync(CliSession session, CancellationToken ct)
        => Client(await session.ConfigAsync(ct));

    public static ZendeskClient Client(StackConfiguration config)
        => new(Pulumi.Zendesk.ProviderConfig.ToClientOptions(config.ForNamespace("zendesk")));

    /// <summary>The stack's secret config values (the Stella key, Zendesk tokens), which no output may show.</summary>
    public static IReadOnlyList<string> SecretValues(StackConfiguration config)
        => [.. config.Entries.Where(e => e.IsSecret).Select(e => e.Value.TryGetString(out var text) ? text : null).OfType<string>()];

    public static string WebhookId(CliSession session)
        => session.Stack.State.Resources().FirstOrDefault(r => r.Type == "zendesk:index:Webhook" && !r.Delete)?.Id
            ?? throw new StellaIac.Engine.Configuration.ConfigurationException($"the stack '{session.StackName}' has no Stella webhook yet: run `up --stack {session.StackName}` first.");
}
