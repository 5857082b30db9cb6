using StellaIac.Cli;
using StellaIac.Zendesk;

namespace StellaIac.Infra.Commands;

/// <summary>A Zendesk client for the stack (the emulator for the local stack), and the Stella webhook's id from its state.</summary>
internal static class StackZendesk
{
    public static async Task<ZendeskClient> ClientAsync(CliSession session, CancellationToken ct)
        => new(Pulumi.Zendesk.ProviderConfig.ToClientOptions((await session.ConfigAsync(ct)).ForNamespace("zendesk")));

    public static string WebhookId(CliSession session)
        => session.Stack.State.Resources().FirstOrDefault(r => r.Type == "zendesk:index:Webhook" && !r.Delete)?.Id
            ?? throw new StellaIac.Engine.Configuration.ConfigurationException($"the stack '{session.StackName}' has no Stella webhook yet: run `up --stack {session.StackName}` first.");
}
