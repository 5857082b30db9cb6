using StellaIac.Zendesk.Http;

namespace StellaIac.Zendesk.Webhooks;

/// <summary>Zendesk webhooks: /api/v2/webhooks.</summary>
public sealed class WebhooksClient(ZendeskConnection connection)
{
    public IAsyncEnumerable<Webhook> ListAsync(WebhookFilter? filter = null, CancellationToken ct = default)
        => connection.PageAsync<Webhook>("api/v2/webhooks", "webhooks", filter?.ToQuery(), ct);

    public Task<Webhook> GetAsync(string id, CancellationToken ct = default)
        => connection.GetAsync<Webhook>(Path(id), "webhook", ct);

    /// <summary>Creates a webhook. Not retried once it may have reached Zendesk: look it up by name before creating again.</summary>
    public Task<Webhook> CreateAsync(WebhookContent webhook, CancellationToken ct = default)
        => connection.SendAsync<Webhook>(HttpMethod.Post, "api/v2/webhooks", new { webhook }, "webhook", ct, secrets: webhook.SecretValues);

    /// <summary>Replaces the webhook (PUT). Zendesk answers 204; the webhook as it now stands is read back.</summary>
    public async Task<Webhook> UpdateAsync(string id, WebhookContent webhook, CancellationToken ct = default)
    {
        await connection.SendAsync(HttpMethod.Put, Path(id), new { webhook }, ct, secrets: webhook.SecretValues);
        return await GetAsync(id, ct);
    }

    /// <summary>Changes some properties (PATCH). Zendesk answers 204; the webhook as it now stands is read back.</summary>
    public async Task<Webhook> PatchAsync(string id, WebhookPatch webhook, CancellationToken ct = default)
    {
        await connection.SendAsync(HttpMethod.Patch, Path(id), new { webhook }, ct, secrets: webhook.SecretValues);
        return await GetAsync(id, ct);
    }

    public Task DeleteAsync(string id, CancellationToken ct = default)
        => connection.SendAsync(HttpMethod.Delete, Path(id), null, ct);

    /// <summary>Sends a test delivery, of an existing webhook when <paramref name="webhookId"/> is given. Never retried: it delivers.</summary>
    public async Task<WebhookTestResult> TestAsync(WebhookTest request, string? webhookId = null, CancellationToken ct = default)
    {
        var path = webhookId is null ? "api/v2/webhooks/test" : $"api/v2/webhooks/test?webhook_id={Uri.EscapeDataString(webhookId)}";
        var answer = await connection.SendAsync<WebhookTestAnswer>(HttpMethod.Post, path, new { request }, "", ct, secrets: request.SecretValues);
        return answer.ToResult();
    }

    /// <summary>The webhook's invocations, each once: Zendesk's pages can list an invocation again (seen on live accounts).</summary>
    public IAsyncEnumerable<WebhookInvocation> ListInvocationsAsync(string webhookId, InvocationFilter? filter = null, CancellationToken ct = default)
        => connection.PageAsync<WebhookInvocation>($"{Path(webhookId)}/invocations", "invocations", filter?.ToQuery(), ct).DistinctBy(i => i.Id);

    /// <summary>An invocation's attempts, newest first (by <see cref="WebhookInvocationAttempt.At"/>, whatever order Zendesk sent).</summary>
    public async Task<IReadOnlyList<WebhookInvocationAttempt>> ListInvocationAttemptsAsync(string webhookId, string invocationId, CancellationToken ct = default)
    {
        var attempts = await connection.GetAsync<IReadOnlyList<WebhookInvocationAttempt>>($"{Path(webhookId)}/invocations/{Uri.EscapeDataString(invocationId)}/attempts", "attempts", ct);
        return [.. attempts.OrderByDescending(a => a.At)];
    }

    private static string Path(string id) => $"api/v2/webhooks/{Uri.EscapeDataString(id)}";
}
