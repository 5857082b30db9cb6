using System.Globalization;
using System.Runtime.CompilerServices;
using StellaIac.Zendesk.Http;

namespace StellaIac.Zendesk.Triggers;

/// <summary>Zendesk ticket triggers: /api/v2/triggers.</summary>
public sealed class TriggersClient(ZendeskConnection connection)
{
    public IAsyncEnumerable<Trigger> ListAsync(TriggerFilter? filter = null, CancellationToken ct = default)
        => connection.PageAsync<Trigger>("api/v2/triggers", "triggers", filter?.ToQuery(), ct);

    /// <summary>
    /// Triggers whose title contains <paramref name="query"/>: a few pages whatever the account's size, where
    /// listing every trigger to find one by title costs a page per hundred triggers. Search pages by offset only.
    /// </summary>
    public async IAsyncEnumerable<Trigger> SearchAsync(string query, [EnumeratorCancellation] CancellationToken ct = default)
    {
        for (var page = 1; ; page++)
        {
            var path = $"api/v2/triggers/search?query={Uri.EscapeDataString(query)}&per_page=100&page={page.ToString(CultureInfo.InvariantCulture)}";
            var answer = await connection.GetAsync<TriggerSearchPage>(path, "", ct);
            foreach (var trigger in answer.Triggers)
            {
                yield return trigger;
            }

            if (answer.NextPage is null || answer.Triggers.Count == 0)
            {
                yield break;
            }
        }
    }

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
