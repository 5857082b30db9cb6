using StellaIac.Cli;
using StellaIac.StellaConnect.Payloads;
using StellaIac.Zendesk.Webhooks;

namespace StellaIac.Infra.Commands;

/// <summary>The seed's "Test Target": Stella's sample with do_not_send true, through Zendesk's webhook test endpoint; 200 expected.</summary>
internal static class VerifyCommand
{
    public static CliExtension Extension { get; } = new("verify", "Send Stella's sample payload (do_not_send: true) through the webhook's test endpoint and report Stella's answer", RunAsync);

    private static async Task<int> RunAsync(CliSession session, CancellationToken ct)
    {
        var webhookId = StackZendesk.WebhookId(session);
        using var zendesk = await StackZendesk.ClientAsync(session, ct);
        var result = await zendesk.Webhooks.TestAsync(new WebhookTest { Payload = StellaPayload.TestSample }, webhookId, ct);
        await session.Output.WriteLineAsync($"Stella Connect answered {result.Status}{(result.Status == 200 ? " OK" : "")} through webhook {webhookId}.");
        if (result.Status != 200)
        {
            await session.Output.WriteLineAsync($"  {result.Body}");
            await session.Output.WriteLineAsync("  Check the stack's Stella key (config set --secret stella-iac:stellaApiKey <key>) and run up.");
        }

        return result.Status == 200 ? ExitCodes.Success : ExitCodes.Failed;
    }
}
