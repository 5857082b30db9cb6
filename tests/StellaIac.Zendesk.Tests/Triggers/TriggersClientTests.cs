using System.Text.Json.Nodes;
using StellaIac.Zendesk.Errors;
using StellaIac.Zendesk.Rules;
using StellaIac.Zendesk.TriggerCategories;
using StellaIac.Zendesk.Triggers;
using StellaIac.Zendesk.Webhooks;

namespace StellaIac.Zendesk.Tests.Triggers;

public sealed class TriggersClientTests(KeyedEmulatorFixture zendesk) : ZendeskTestBase(zendesk)
{
    [Fact]
    public async Task Create_sends_conditions_and_actions_and_reads_via_ids_back_as_strings()
    {
        var (category, webhook) = await SetUpAsync();

        var trigger = await Client.Triggers.CreateAsync(EmailTrigger(category.Id, webhook.Id));

        Assert.Equal(category.Id, trigger.CategoryId);
        Assert.Equal(0, trigger.Position);
        Assert.Equal([new Condition("status", "value", "solved")], trigger.Conditions.All);
        Assert.Equal(["0", "4", "48"], trigger.Conditions.Any.Select(c => c.Value.Scalar));
        Assert.Equal(RuleAction.NotifyWebhook(webhook.Id, "{\"channel\":\"email\"}"), Assert.Single(trigger.Actions));
        var sent = (await Control.RequestsAsync())[^1].Body!["trigger"]!;
        Assert.Equal(4, sent["conditions"]!["all"]!.AsArray().Count + sent["conditions"]!["any"]!.AsArray().Count);
        Assert.Equal("notification_webhook", (string?)sent["actions"]![0]!["field"]);
    }

    [Fact]
    public async Task Search_finds_triggers_by_title_through_offset_pages_without_listing_the_account()
    {
        await Control.SeedAsync(new JsonObject { ["generate"] = new JsonObject { ["triggers"] = 250 } });
        await Control.ClearRequestsAsync();

        var many = await Client.Triggers.SearchAsync("seeded TRIGGER 1").ToListAsync();
        var one = await Client.Triggers.SearchAsync("Seeded trigger 250").ToListAsync();
        var none = await Client.Triggers.SearchAsync("Send Stella Connect").ToListAsync();

        Assert.Equal(111, many.Count);
        Assert.All(many, t => Assert.StartsWith("Seeded trigger 1", t.Title, StringComparison.Ordinal));
        Assert.Equal("Seeded trigger 250", Assert.Single(one).Title);
        Assert.Empty(none);
        Assert.Equal(4, (await SeenAsync()).Count(r => r.StartsWith("GET /api/v2/triggers/search?", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Update_sends_the_full_arrays_and_get_reads_the_result()
    {
        var (category, webhook) = await SetUpAsync();
        var created = await Client.Triggers.CreateAsync(EmailTrigger(category.Id, webhook.Id));
        var changed = EmailTrigger(category.Id, webhook.Id) with { Title = "Send Stella Connect request on ticket solved for email channel (v2)" };

        await Client.Triggers.UpdateAsync(created.Id, changed);
        var read = await Client.Triggers.GetAsync(created.Id);

        Assert.Equal(changed.Title, read.Title);
        Assert.Equal(3, read.Conditions.Any.Count);
        var put = (await Control.RequestsAsync()).Single(r => r.Method == "PUT");
        Assert.NotNull(put.Body!["trigger"]!["conditions"]);
        Assert.NotNull(put.Body["trigger"]!["actions"]);
    }

    [Fact]
    public async Task List_pages_through_triggers_and_filters_by_category_and_activity()
    {
        var (category, webhook) = await SetUpAsync();
        await Control.SeedAsync(new JsonObject { ["generate"] = new JsonObject { ["triggers"] = 230 } });
        await Client.Triggers.CreateAsync(EmailTrigger(category.Id, webhook.Id));
        await Client.Triggers.CreateAsync(EmailTrigger(category.Id, webhook.Id) with { Title = "Off", Active = false });

        var all = await Client.Triggers.ListAsync().ToListAsync();
        var stella = await Client.Triggers.ListAsync(new TriggerFilter { CategoryId = category.Id }).ToListAsync();
        var inactive = await Client.Triggers.ListAsync(new TriggerFilter { CategoryId = category.Id, Active = false }).ToListAsync();

        Assert.Equal(3 + 230 + 2, all.Count); // the new account's three (two notifications and the messaging CSAT trigger)
        Assert.Equal(2, stella.Count);
        Assert.Equal("Off", Assert.Single(inactive).Title);
    }

    [Fact]
    public async Task Delete_removes_the_trigger()
    {
        var (category, webhook) = await SetUpAsync();
        var created = await Client.Triggers.CreateAsync(EmailTrigger(category.Id, webhook.Id));

        await Client.Triggers.DeleteAsync(created.Id);

        await Assert.ThrowsAsync<ZendeskNotFoundException>(() => Client.Triggers.GetAsync(created.Id));
    }

    [Fact]
    public async Task Definitions_list_the_channels_and_the_accounts_custom_fields()
    {
        var field = await Client.TicketFields.CreateAsync(new() { Type = "checkbox", Title = "Do not Send Stella Connect Survey" });

        var definitions = await Client.Triggers.GetDefinitionsAsync();

        var via = definitions.ConditionsAll.Single(d => d.Subject == "via_id");
        Assert.Contains(via.Values, v => v.Value == "29" && v.Title == "Chat");
        Assert.Contains(via.Values, v => v.Value == "34" && v.Title == "Phone call (incoming)");
        var box = definitions.ConditionsAll.Single(d => d.Subject == $"custom_fields_{field.Id}");
        Assert.Equal(["true", "false"], box.Values.Select(v => v.Value));
        Assert.Contains(definitions.Actions, a => a.Subject == "notification_webhook");
        Assert.Contains(definitions.ConditionsAll.Single(d => d.Subject == "status").Operators, o => o.Value == "changed" && o.Terminal);
    }

    [Fact]
    public async Task An_unknown_channel_is_refused()
    {
        var (category, webhook) = await SetUpAsync();
        var bad = EmailTrigger(category.Id, webhook.Id) with { Conditions = new() { All = [new Condition("via_id", "is", "99")] } };

        var refused = await Assert.ThrowsAsync<ZendeskValidationException>(() => Client.Triggers.CreateAsync(bad));

        Assert.Contains("via_id 99 is not a channel", Assert.Single(refused.Details).Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Notifying_a_webhook_not_connected_to_triggers_is_refused()
    {
        var category = await Client.TriggerCategories.CreateAsync(new TriggerCategoryContent { Name = "Stella Connect" });
        var events = await Client.Webhooks.CreateAsync(new WebhookContent { Name = "Events", Endpoint = "https://example.com/e", Subscriptions = ["zen:event-type:user.deleted"] });

        var refused = await Assert.ThrowsAsync<ZendeskValidationException>(() => Client.Triggers.CreateAsync(EmailTrigger(category.Id, events.Id)));

        Assert.Contains("conditional_ticket_events", refused.Message, StringComparison.Ordinal);
    }

    private async Task<(TriggerCategory Category, Webhook Webhook)> SetUpAsync()
    {
        var category = await Client.TriggerCategories.CreateAsync(new TriggerCategoryContent { Name = "Stella Connect" });
        var webhook = await Client.Webhooks.CreateAsync(new WebhookContent { Name = "Stella Connect", Endpoint = "https://api.stellaconnect.net/v1/auth", Authentication = WebhookAuthentication.Basic("connect", TestKeys.StellaTest) });
        await Control.ClearRequestsAsync();
        return (category, webhook);
    }

    private static TriggerContent EmailTrigger(string categoryId, string webhookId) => new()
    {
        Title = "Send Stella Connect request on ticket solved for email channel",
        CategoryId = categoryId,
        Conditions = new()
        {
            All = [new Condition("status", "value", "solved")],
            Any = [new Condition("via_id", "is", "0"), new Condition("via_id", "is", "4"), new Condition("via_id", "is", "48")],
        },
        Actions = [RuleAction.NotifyWebhook(webhookId, "{\"channel\":\"email\"}")],
    };
}
