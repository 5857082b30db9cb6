using StellaIac.Zendesk.Http;

namespace StellaIac.Zendesk.Automations;

/// <summary>Zendesk automations: /api/v2/automations. Only <c>active</c> is ever written: sending conditions would re-validate them.</summary>
public sealed class AutomationsClient(ZendeskConnection connection)
{
    public IAsyncEnumerable<Automation> ListAsync(CancellationToken ct = default)
        => connection.PageAsync<Automation>("api/v2/automations", "automations", null, ct);

    public Task<Automation> GetAsync(long id, CancellationToken ct = default)
        => connection.GetAsync<Automation>(Path(id), "automation", ct);

    public Task<Automation> SetActiveAsync(long id, bool active, CancellationToken ct = default)
        => connection.SendAsync<Automation>(HttpMethod.Put, Path(id), new { automation = new { active } }, "automation", ct);

    private static string Path(long id) => $"api/v2/automations/{id}";
}
