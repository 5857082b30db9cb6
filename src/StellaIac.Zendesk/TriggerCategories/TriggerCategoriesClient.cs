using StellaIac.Zendesk.Http;

namespace StellaIac.Zendesk.TriggerCategories;

/// <summary>Zendesk trigger categories: /api/v2/trigger_categories.</summary>
public sealed class TriggerCategoriesClient(ZendeskConnection connection)
{
    public IAsyncEnumerable<TriggerCategory> ListAsync(CancellationToken ct = default)
        => connection.PageAsync<TriggerCategory>("api/v2/trigger_categories", "trigger_categories", [new("sort", "position")], ct);

    public Task<TriggerCategory> GetAsync(string id, CancellationToken ct = default)
        => connection.GetAsync<TriggerCategory>(Path(id), "trigger_category", ct);

    /// <summary>Creates a category (Zendesk answers 200, not 201). Not retried once it may have reached Zendesk.</summary>
    public Task<TriggerCategory> CreateAsync(TriggerCategoryContent triggerCategory, CancellationToken ct = default)
        => connection.SendAsync<TriggerCategory>(HttpMethod.Post, "api/v2/trigger_categories", new { trigger_category = triggerCategory }, "trigger_category", ct);

    public Task<TriggerCategory> PatchAsync(string id, TriggerCategoryContent triggerCategory, CancellationToken ct = default)
        => connection.SendAsync<TriggerCategory>(HttpMethod.Patch, Path(id), new { trigger_category = triggerCategory }, "trigger_category", ct);

    /// <summary>Deletes a category; Zendesk refuses while it holds active triggers.</summary>
    public Task DeleteAsync(string id, CancellationToken ct = default)
        => connection.SendAsync(HttpMethod.Delete, Path(id), null, ct);

    /// <summary>Places categories and triggers. Positions are absolute, so the job is safe to resend.</summary>
    public Task<TriggerCategoryJobResult> RunJobAsync(TriggerCategoryJob job, CancellationToken ct = default)
        => connection.SendAsync<TriggerCategoryJobResult>(
            HttpMethod.Post,
            "api/v2/trigger_categories/jobs",
            new { job = new { action = "patch", items = new { trigger_categories = job.TriggerCategories, triggers = job.Triggers } } },
            "",
            ct,
            Idempotency.Idempotent);

    private static string Path(string id) => $"api/v2/trigger_categories/{Uri.EscapeDataString(id)}";
}
