using System.Text.Json;
using System.Text.Json.Nodes;
using StellaIac.Zendesk.Emulator.Pipeline;

namespace StellaIac.Zendesk.Emulator.Control;

/// <summary>A typed client for /_emulator/, for tests and benchmarks.</summary>
public sealed class EmulatorControl(Uri baseAddress) : IDisposable
{
    private static readonly JsonSerializerOptions SnakeCase = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
    private readonly HttpClient http = new() { BaseAddress = baseAddress };

    public async Task<IReadOnlyList<LoggedRequest>> RequestsAsync(CancellationToken ct = default)
        => await http.GetFromJsonAsync<List<LoggedRequest>>("_emulator/requests", SnakeCase, ct) ?? [];

    public Task ClearRequestsAsync(CancellationToken ct = default) => SendAsync(HttpMethod.Delete, "_emulator/requests", null, ct);

    public Task AddFaultAsync(Fault fault, CancellationToken ct = default) => SendAsync(HttpMethod.Post, "_emulator/faults", JsonContent.Create(fault, options: SnakeCase), ct);

    public Task ClearFaultsAsync(CancellationToken ct = default) => SendAsync(HttpMethod.Delete, "_emulator/faults", null, ct);

    /// <summary>A new account, an empty log and no faults.</summary>
    public Task ResetAsync(CancellationToken ct = default) => SendAsync(HttpMethod.Post, "_emulator/reset", null, ct);

    /// <summary>Seeds objects (see <c>/_emulator/seed</c>); returns the ids created, per collection.</summary>
    public async Task<JsonObject> SeedAsync(JsonObject seed, CancellationToken ct = default)
    {
        using var response = await http.PostAsync("_emulator/seed", JsonContent.Create(seed), ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>(ct))!["created"]!.AsObject();
    }

    public async Task<JsonArray> StellaDeliveriesAsync(CancellationToken ct = default)
        => await http.GetFromJsonAsync<JsonArray>("_emulator/stella/deliveries", ct) ?? [];

    /// <summary>The trigger runs of a ticket's creates and updates, oldest first: triggers fired, notifications sent, what could not be evaluated.</summary>
    public async Task<JsonArray> TriggerRunsAsync(long ticketId, CancellationToken ct = default)
        => await http.GetFromJsonAsync<JsonArray>($"_emulator/tickets/{ticketId}/runs", ct) ?? [];

    /// <summary>Delivers <paramref name="payload"/> through a webhook as a trigger would; returns the invocation.</summary>
    public async Task<JsonObject> DeliverAsync(string webhookId, string payload, CancellationToken ct = default)
    {
        using var response = await http.PostAsync($"_emulator/webhooks/{Uri.EscapeDataString(webhookId)}/deliver", JsonContent.Create(new { payload }), ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>(ct))!["invocation"]!.AsObject();
    }

    /// <summary>Revokes every access token /oauth/tokens issued, as an admin revoking the client's tokens would.</summary>
    public Task RevokeOAuthTokensAsync(CancellationToken ct = default) => SendAsync(HttpMethod.Post, "_emulator/oauth/revoke", null, ct);

    /// <summary>Every access and refresh token /oauth/tokens issued, to check that none of them leaked.</summary>
    public async Task<IReadOnlyList<string>> IssuedOAuthTokensAsync(CancellationToken ct = default)
        => await http.GetFromJsonAsync<List<string>>("_emulator/oauth/issued", ct) ?? [];

    public void Dispose() => http.Dispose();

    private async Task SendAsync(HttpMethod method, string path, HttpContent? content, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        using var response = await http.SendAsync(request, ct);
        response.EnsureSuccessStatusCode();
    }
}
