using StellaIac.Zendesk;
using StellaIac.Zendesk.TriggerCategories;
using StellaIac.Zendesk.Triggers;
using ZendeskTrigger = StellaIac.Zendesk.Triggers.Trigger;

namespace Pulumi.Zendesk;

/// <summary>
/// What the reads of one operation (a refresh) share: a category's triggers come in one list call, from which
/// each trigger's Read and the order's Read serve themselves, and a category is read once. A refresh then costs
/// the same with 3 or 200 triggers. One instance per configured provider, so the next operation reads afresh.
/// </summary>
internal sealed class BatchReads(ZendeskClient client)
{
    private readonly ZendeskLookups answers = new();

    public Task<List<ZendeskTrigger>> CategoryTriggersAsync(string categoryId, CancellationToken ct)
        => answers.GetOrAddAsync(client, $"triggers-of:{categoryId}", async () => await client.Triggers.ListAsync(new TriggerFilter { CategoryId = categoryId, Sort = "position" }, ct).ToListAsync(ct));

    public Task<TriggerCategory> CategoryAsync(string id, CancellationToken ct)
        => answers.GetOrAddAsync(client, $"category:{id}", () => client.TriggerCategories.GetAsync(id, ct));
}
