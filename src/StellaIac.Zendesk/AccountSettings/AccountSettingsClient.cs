using System.Text.Json.Nodes;
using StellaIac.Zendesk.Http;

namespace StellaIac.Zendesk.AccountSettings;

/// <summary>Zendesk account settings: /api/v2/account/settings.</summary>
public sealed class AccountSettingsClient(ZendeskConnection connection)
{
    public async Task<AccountSettings> GetAsync(CancellationToken ct = default)
        => new(await connection.GetAsync<JsonObject>("api/v2/account/settings", "settings", ct));

    /// <summary>Merges <paramref name="changes"/> (nested sections) into the settings and returns them all.</summary>
    public async Task<AccountSettings> UpdateAsync(JsonObject changes, CancellationToken ct = default)
        => new(await connection.SendAsync<JsonObject>(HttpMethod.Put, "api/v2/account/settings", new { settings = changes }, "settings", ct));

    public Task<AccountSettings> SetAsync(string path, JsonNode? value, CancellationToken ct = default)
        => UpdateAsync(SettingPath.Change(path, value), ct);
}
