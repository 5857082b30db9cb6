using System.Globalization;
using System.Text.Json.Nodes;
using Pulumi.Zendesk.TriggerCategories;
using Pulumi.Zendesk.Triggers;
using Pulumi.Zendesk.Webhooks;
using StellaIac.Engine.Deploy;
using StellaIac.Engine.Program;
using StellaIac.Engine.Providers;
using StellaIac.Zendesk.Rules;
using StellaIac.Zendesk.Triggers;
using Trigger = Pulumi.Zendesk.Triggers.Trigger;
using TriggerCategory = Pulumi.Zendesk.TriggerCategories.TriggerCategory;
using Webhook = Pulumi.Zendesk.Webhooks.Webhook;

namespace Pulumi.Zendesk.Tests.Triggers;

public sealed class TriggerLifecycleTests(EmulatorFixture zendesk) : ZendeskStack(zendesk)
{
    private const string Title = "Send Stella Connect request on ticket solved for email channel";

    private static void Program(string title = Title, string[]? channels = null, string body = "{\"channel\":\"email\"}", bool active = true)
    {
        var category = new TriggerCategory("stella", new TriggerCategoryArgs { Name = "Stella Connect" });
        var webhook = new Webhook("webhook", new WebhookArgs { Name = "Stella Connect", Endpoint = "https://api.stellaconnect.net/v1/auth" });
        var any = new InputList<TriggerConditionArgs>();
        foreach (var channel in channels ?? ["0", "4", "48"])
        {
            any.Add(new TriggerConditionArgs { Field = "via_id", Operator = "is", Value = channel });
        }

        _ = new Trigger("email", new TriggerArgs
        {
            Title = title,
            Active = active,
            CategoryId = category.Id,
            Conditions = new TriggerConditionsArgs { All = [new TriggerConditionArgs { Field = "status", Operator = "value", Value = "solved" }], Any = any },
            Actions = [new TriggerActionArgs { Field = "notification_webhook", Values = Output.All<string>(webhook.Id, body) }],
        });
    }

    private static void TagSolved(string importId) => new Trigger("tag", new TriggerArgs
    {
        Title = "Tag solved",
        Conditions = new TriggerConditionsArgs { All = [new TriggerConditionArgs { Field = "status", Operator = "value", Value = "solved" }] },
        Actions = [new TriggerActionArgs { Field = "current_tags", Value = "solved" }],
    }, new CustomResourceOptions { ImportId = importId });

    private long Id => long.Parse(IdOf("email"), CultureInfo.InvariantCulture);

    [Fact]
    public async Task Create_then_preview_shows_no_changes()
    {
        await ApplyAsync(() => Program());

        var again = await PreviewAsync(() => Program());

        Assert.False(again.HasChanges, string.Join(", ", again.Steps.Where(s => s.IsChange).Select(s => $"{s.Name}: {string.Join(",", s.DetailedDiff.Keys)}")));
        var trigger = await BehindTheBack.Triggers.GetAsync(Id);
        Assert.Equal(IdOf("stella").Length > 0, trigger.CategoryId is not null);
        Assert.Equal(["0", "4", "48"], trigger.Conditions.Any.Select(c => c.Value.Scalar));
    }

    [Fact]
    public async Task Conditions_compare_as_sets_so_a_new_order_is_no_change()
        => await Assert_no_change_after(() => Program(channels: ["48", "0", "4"]));

    [Fact]
    public async Task Changing_title_conditions_actions_or_activity_updates_in_place()
    {
        await ApplyAsync(() => Program());
        var id = Id;

        var preview = await PreviewAsync(() => Program(title: Title + " (v2)", channels: ["4"], body: "{\"channel\":\"email\",\"v\":2}", active: false));
        await ApplyAsync(() => Program(title: Title + " (v2)", channels: ["4"], body: "{\"channel\":\"email\",\"v\":2}", active: false));

        Assert.Equal(["actions", "active", "conditions", "title"], StepOf(preview, "email").DetailedDiff.Keys);
        Assert.Equal(StepOp.Update, StepOf(preview, "email").Op);
        Assert.Equal(id, Id);
        var trigger = await BehindTheBack.Triggers.GetAsync(id);
        Assert.Equal(("4", false), (Assert.Single(trigger.Conditions.Any).Value.Scalar, trigger.Active));
    }

    [Fact]
    public async Task A_legacy_Stella_target_trigger_is_adopted_and_moved_to_the_webhook()
    {
        var category = await BehindTheBack.TriggerCategories.CreateAsync(new() { Name = "Stella Connect" });
        await Control.SeedAsync(new JsonObject
        {
            ["targets"] = new JsonArray(new JsonObject { ["id"] = 777, ["type"] = "http_target", ["title"] = "Stella Connect", ["target_url"] = "https://api.stellaconnect.net/v1/auth", ["method"] = "post", ["username"] = "connect" }),
            ["triggers"] = new JsonArray(new JsonObject
            {
                ["title"] = Title,
                ["category_id"] = category.Id,
                ["conditions"] = new JsonObject { ["all"] = new JsonArray(new JsonObject { ["field"] = "status", ["operator"] = "value", ["value"] = "solved" }), ["any"] = new JsonArray(new JsonObject { ["field"] = "via_id", ["operator"] = "is", ["value"] = "4" }) },
                ["actions"] = new JsonArray(new JsonObject { ["field"] = "notification_target", ["value"] = new JsonArray(777, "{\"channel\":\"email\"}") }),
            }),
        });
        var legacy = await Pulumi.Zendesk.Targets.LegacyTargets.FindAsync(BehindTheBack, new Uri("https://api.stellaconnect.net/v1/auth"));

        var preview = await PreviewAsync(() => Program());
        await ApplyAsync(() => Program());

        Assert.Equal(Title, Assert.Single(Assert.Single(legacy).Triggers).Title);
        Assert.Empty(await Pulumi.Zendesk.Targets.LegacyTargets.FindAsync(BehindTheBack, new Uri("https://example.com/elsewhere")));
        Assert.True(preview.Succeeded, string.Join("; ", preview.Diagnostics.Select(d => d.Summary + ": " + d.Detail)));
        var import = StepOf(preview, "email");
        Assert.Equal(StepOp.Import, import.Op);
        Assert.Equal(PropertyDiffKind.Update, import.DetailedDiff["actions"].Kind);
        var moved = Assert.Single(await BehindTheBack.Triggers.ListAsync(new TriggerFilter { CategoryId = category.Id }).ToListAsync());
        Assert.Equal("notification_webhook", Assert.Single(moved.Actions).Field);
        Assert.Equal(IdOf("stella"), category.Id);
    }

    [Fact]
    public async Task Import_by_id_adopts_the_trigger_and_a_preview_after_shows_no_changes()
    {
        var seeded = await Control.SeedAsync(new JsonObject
        {
            ["triggers"] = new JsonArray(new JsonObject
            {
                ["title"] = "Tag solved",
                ["conditions"] = new JsonObject { ["all"] = new JsonArray(new JsonObject { ["field"] = "status", ["operator"] = "value", ["value"] = "solved" }) },
                ["actions"] = new JsonArray(new JsonObject { ["field"] = "current_tags", ["value"] = "solved" }),
            }),
        });
        var id = seeded["triggers"]![0]!.ToString();

        var up = await ApplyAsync(() => TagSolved(id));

        Assert.Equal(StepOp.Import, StepOf(up, "tag").Op);
        Assert.Equal(id, IdOf("tag"));
        Assert.Single(await BehindTheBack.Triggers.ListAsync().ToListAsync(), t => t.Title == "Tag solved");
        Assert.False((await PreviewAsync(() => TagSolved(id))).HasChanges);
    }

    [Fact]
    public async Task Drift_deletion_and_destroy()
    {
        await ApplyAsync(() => Program());
        var trigger = await BehindTheBack.Triggers.GetAsync(Id);
        await BehindTheBack.Triggers.UpdateAsync(Id, new TriggerContent { Title = trigger.Title, CategoryId = trigger.CategoryId, Conditions = trigger.Conditions with { Any = [new Condition("via_id", "is", "4")] }, Actions = trigger.Actions });

        var changed = await RefreshAsync();
        await BehindTheBack.Triggers.DeleteAsync(Id);
        var deleted = await RefreshAsync();

        Assert.Equal(["conditions"], StepOf(changed, "email").DetailedDiff.Keys);
        Assert.Equal(StepOp.Delete, StepOf(deleted, "email").Op);
    }

    [Fact]
    public async Task Destroy_deletes_triggers_before_their_category()
    {
        await ApplyAsync(() => Program());

        var destroy = await DestroyAsync();

        Assert.True(destroy.Succeeded, string.Join("; ", destroy.Diagnostics.Select(d => d.Detail)));
        Assert.DoesNotContain(await BehindTheBack.TriggerCategories.ListAsync().ToListAsync(), c => c.Name == "Stella Connect");
    }

    [Fact]
    public async Task An_unknown_channel_is_refused_naming_the_condition()
    {
        var up = await UpAsync(() => Program(channels: ["4", "99"]));

        var error = Assert.Single(up.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("conditions.any[1].value", error.Property);
        Assert.Contains("via_id 99 is not a channel of this account", error.Detail, StringComparison.Ordinal);
        Assert.Contains("48 Web Widget", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Notifying_a_webhook_not_subscribed_to_conditional_ticket_events_is_refused()
    {
        var events = await BehindTheBack.Webhooks.CreateAsync(new() { Name = "Events", Endpoint = "https://example.com/e", Subscriptions = ["zen:event-type:user.deleted"] });

        var up = await UpAsync(() => new Trigger("t", new TriggerArgs
        {
            Title = "t",
            Conditions = new TriggerConditionsArgs { All = [new TriggerConditionArgs { Field = "status", Operator = "value", Value = "solved" }] },
            Actions = [new TriggerActionArgs { Field = "notification_webhook", Values = [events.Id, "{}"] }],
        }));

        var error = Assert.Single(up.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("actions[0].value", error.Property);
        Assert.Contains("not subscribed to conditional_ticket_events", error.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "title")]
    [InlineData("custom_fields_424242", "conditions.all[0].field")]
    public async Task Invalid_input_is_refused(string titleOrField, string property)
    {
        var up = await UpAsync(() => new Trigger("t", new TriggerArgs
        {
            Title = property == "title" ? titleOrField : "t",
            Conditions = new TriggerConditionsArgs { All = [new TriggerConditionArgs { Field = property == "title" ? "status" : titleOrField, Operator = "is", Value = "solved" }] },
            Actions = [new TriggerActionArgs { Field = "status", Value = "solved" }],
        }));

        Assert.Equal(property, Assert.Single(up.Diagnostics, d => d.Severity == Severity.Error).Property);
    }

    private async Task Assert_no_change_after(Action changed)
    {
        await ApplyAsync(() => Program());

        var preview = await PreviewAsync(changed);

        Assert.False(preview.HasChanges);
    }
}
