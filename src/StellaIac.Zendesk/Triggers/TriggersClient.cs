using StellaIac.Zendesk.Http;

namespace StellaIac.Zendesk.Triggers;

/// <summary>Zendesk ticket triggers: /api/v2/triggers.</summary>
public sealed class TriggersClient(ZendeskConnection connection)
{
    public IAsyncEnumerable<Trigger> ListAsync(TriggerFilter? filter = null, CancellationToken ct = default)
        => connection.PageAsync<Trigger>("api/v2/triggers", "triggers", filter?.ToQuery(), ct);

    public Task<Trigger> GetAsync(long id, CancellationToken ct = default)
        => connection.GetAsync<Trigger>(Path(id), "trigger", ct);

    /// <summary>Creates a trigger (it goes last in its category). Not retried once it may have reached Zendesk.</summary>
    public Task<Trigger> CreateAsync(TriggerContent trigger, CancellationToken ct = default)
        => connection.SendAsync<Trigger>(HttpMethod.Post, "api/v2/triggers", new { trigger }, "trigger", ct);

    /// <summary>Replaces the trigger's title, conditions, actions and the rest; both arrays are sent whole.</summary>
    public Task<Trigger> UpdateAsync(long id, TriggerContent trigger, CancellationToken ct = default)
        => connection.SendAsync<Trigger>(HttpMethod.Put, Path(id), new { trigger }, "trigger", ct);

    /// <summary>Writes <c>active</c> only, leaving conditions and actions as they are.</summary>
    public Task<Trigger> SetActiveAsync(long id, bool active, CancellationToken ct = default)
        => connection.SendAsync<Trigger>(HttpMethod.Put, Path(id), new { trigger = new { active } }, "trigger", ct);

    public Task DeleteAsync(long id, CancellationToken ct = default)
        => connection.SendAsync(HttpMethod.Delete, Path(id), null, ct);

    public Task<RuleDefinitions> GetDefinitionsAsync(CancellationToken ct = default)
        => connection.GetAsync<RuleDefinitions>("api/v2/triggers/definitions", "definitions", ct);

    private static string Path(long id) => $"api/v2/triggers/{id}";
}
