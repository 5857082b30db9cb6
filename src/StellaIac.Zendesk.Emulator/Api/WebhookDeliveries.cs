using System.Text.Json.Nodes;
using StellaIac.Zendesk.Emulator.Account;
using StellaIac.Zendesk.Emulator.Stella;

namespace StellaIac.Zendesk.Emulator.Api;

/// <summary>Delivers a webhook request. Only Stella Connect's endpoint answers (in-process); nothing leaves the machine.</summary>
internal static class WebhookDeliveries
{
    /// <summary>Sends <paramref name="payload"/>; <paramref name="origin"/>, what caused it (ticket and trigger), is kept on Stella's record.</summary>
    public static DeliveryResult Send(StellaConnectReceiver stella, EmulatorAccount account, JsonObject settings, string payload, DateTimeOffset now, JsonObject? origin = null)
    {
        var endpoint = JsonRead.Text(settings["endpoint"]);
        if (!StellaConnectReceiver.Handles(endpoint))
        {
            return new DeliveryResult(0, "", $"The emulator delivers only to Stella Connect ({StellaConnectReceiver.Endpoint}); '{endpoint}' is not reachable from it.");
        }

        var auth = settings["authentication"] as JsonObject;
        var basic = JsonRead.Text(auth?["type"]) == "basic_auth" ? auth?["data"] as JsonObject : null;
        var answer = stella.Receive(JsonRead.Text(settings["http_method"]) ?? "POST", JsonRead.Text(basic?["username"]), JsonRead.Text(basic?["password"]), payload, now);
        if (origin is not null)
        {
            JsonRead.Merge(answer.Record!, origin);
        }

        account.StellaDeliveries.Add(answer.Record!);
        return new DeliveryResult(answer.Status, answer.Body, null);
    }

    /// <summary>Delivers as a trigger would, recording an invocation with its one attempt.</summary>
    public static JsonObject Invoke(StellaConnectReceiver stella, EmulatorAccount account, JsonObject webhook, string payload, DateTimeOffset now, JsonObject? origin = null)
    {
        var result = Send(stella, account, webhook, payload, now, origin);
        var invocationId = account.NextUlid(now);
        var stamp = EmulatorAccount.Timestamp(now);
        var invocation = new JsonObject
        {
            ["id"] = invocationId,
            ["webhook_id"] = webhook["id"]?.DeepClone(),
            ["status"] = result.InvocationStatus,
            ["created_at"] = stamp,
            ["latest_completed_at"] = stamp,
            ["event_type"] = "conditional_ticket_events",
            ["attempts_count"] = 1,
            ["attempts"] = new JsonArray(WebhookInvocationsApi.Attempt(account.NextUlid(now), invocationId, result, stamp)),
        };
        account.Invocations.Add(invocation);
        return invocation;
    }
}
