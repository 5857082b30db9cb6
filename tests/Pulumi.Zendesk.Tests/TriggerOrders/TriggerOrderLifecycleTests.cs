using System.Text.Json.Nodes;
using Pulumi.Zendesk.TriggerCategories;
using Pulumi.Zendesk.TriggerOrders;
using Pulumi.Zendesk.Triggers;
using StellaIac.Engine.Deploy;
using StellaIac.Engine.Program;
using StellaIac.Zendesk.TriggerCategories;
using StellaIac.Zendesk.Triggers;
using Trigger = Pulumi.Zendesk.Triggers.Trigger;
using TriggerCategory = Pulumi.Zendesk.TriggerCategories.TriggerCategory;

namespace Pulumi.Zendesk.Tests.TriggerOrders;

public sealed class TriggerOrderLifecycleTests(EmulatorFixture zendesk) : ZendeskStack(zendesk)
{
    private static void Program(bool exclusionFirst = true)
    {
        var category = new TriggerCategory("stella", new TriggerCategoryArgs { Name = "Stella Connect" });
        var send = Tagging("send", category);
        var exclude = Tagging("exclude", category);
        _ = new TriggerOrder("order", new TriggerOrderArgs { CategoryId = category.Id, TriggerIds = exclusionFirst ? Output(exclude, send) : Output(send, exclude) });
    }

    private static StellaIac.Engine.Program.InputList<string> Output(Trigger first, Trigger second)
        => StellaIac.Engine.Program.Output.All<string>(first.Id, second.Id);

    private static Trigger Tagging(string name, TriggerCategory category) => new(name, new TriggerArgs
    {
        Title = $"Tag {name}",
        CategoryId = category.Id,
        Conditions = new TriggerConditionsArgs { All = [new TriggerConditionArgs { Field = "status", Operator = "value", Value = "solved" }] },
        Actions = [new TriggerActionArgs { Field = "current_tags", Value = name }],
    });

    /// <summary>An order over the one trigger of either of two categories.</summary>
    private static void OrderIn(bool other)
    {
        var stella = new TriggerCategory("stella", new TriggerCategoryArgs { Name = "Stella Connect" });
        var second = new TriggerCategory("other", new TriggerCategoryArgs { Name = "Other" });
        var send = Tagging("send", stella);
        var exclude = Tagging("exclude", second);
        _ = new TriggerOrder("order", new TriggerOrderArgs { CategoryId = (other ? second : stella).Id, TriggerIds = [(other ? exclude : send).Id] });
    }

    private static JsonObject SeededTagging(string name, string categoryId) => new()
    {
        ["title"] = $"Tag {name}",
        ["category_id"] = categoryId,
        ["conditions"] = new JsonObject { ["all"] = new JsonArray(new JsonObject { ["field"] = "status", ["operator"] = "value", ["value"] = "solved" }) },
        ["actions"] = new JsonArray(new JsonObject { ["field"] = "current_tags", ["value"] = name }),
    };

    private async Task<List<string>> LiveOrderAsync()
        => [.. (await BehindTheBack.Triggers.ListAsync(new TriggerFilter { CategoryId = IdOf("stella") }).ToListAsync()).Select(t => t.Title)];

    [Fact]
    public async Task The_listed_triggers_go_first_in_order_and_a_preview_after_shows_no_changes()
    {
        await ApplyAsync(() => Program());

        Assert.Equal(["Tag exclude", "Tag send"], await LiveOrderAsync());
        Assert.False((await PreviewAsync(() => Program())).HasChanges);
        Assert.Contains(await Control.RequestsAsync(), r => r.Path == "/api/v2/trigger_categories/jobs");
    }

    [Fact]
    public async Task A_preview_of_a_new_stack_plans_the_order_of_triggers_still_to_be_created()
    {
        var preview = await PreviewAsync(() => Program());

        Assert.True(preview.Succeeded, string.Join("; ", preview.Diagnostics.Select(d => d.Detail)));
        Assert.Equal(StepOp.Create, StepOf(preview, "order").Op);
    }

    [Fact]
    public async Task Changing_the_order_updates_it()
    {
        await ApplyAsync(() => Program());

        var up = await ApplyAsync(() => Program(exclusionFirst: false));

        Assert.Equal(StepOp.Update, StepOf(up, "order").Op);
        Assert.Equal(["Tag send", "Tag exclude"], await LiveOrderAsync());
    }

    [Fact]
    public async Task A_reorder_made_in_Zendesk_is_reported_by_refresh()
    {
        await ApplyAsync(() => Program());
        await BehindTheBack.TriggerCategories.RunJobAsync(new TriggerCategoryJob
        {
            Triggers = [new TriggerPlacement { Id = IdOf("send"), Position = 0 }, new TriggerPlacement { Id = IdOf("exclude"), Position = 1 }],
        });

        var drift = await RefreshAsync();

        Assert.Equal(StepOp.Update, StepOf(drift, "order").Op);
        Assert.Equal(["triggerIds"], StepOf(drift, "order").DetailedDiff.Keys);
    }

    [Fact]
    public async Task Destroy_leaves_nothing_behind()
    {
        await ApplyAsync(() => Program());

        var destroy = await DestroyAsync();

        Assert.True(destroy.Succeeded, string.Join("; ", destroy.Diagnostics.Select(d => d.Detail)));
        Assert.DoesNotContain(await BehindTheBack.TriggerCategories.ListAsync().ToListAsync(), c => c.Name == "Stella Connect");
    }

    [Fact]
    public async Task Import_by_category_id_adopts_the_order_and_updates_it()
    {
        var category = await BehindTheBack.TriggerCategories.CreateAsync(new() { Name = "Stella Connect" });
        var seeded = await Control.SeedAsync(new JsonObject { ["triggers"] = new JsonArray(SeededTagging("send", category.Id), SeededTagging("exclude", category.Id)) });
        var (send, exclude) = (seeded["triggers"]![0]!.ToString(), seeded["triggers"]![1]!.ToString());

        var up = await ApplyAsync(() => new TriggerOrder("order", new TriggerOrderArgs { CategoryId = category.Id, TriggerIds = [exclude, send] }, new CustomResourceOptions { ImportId = category.Id }));

        Assert.Equal(StepOp.Import, StepOf(up, "order").Op);
        Assert.Equal(["triggerIds"], StepOf(up, "order").DetailedDiff.Keys);
        Assert.Equal(["Tag exclude", "Tag send"], (await BehindTheBack.Triggers.ListAsync(new TriggerFilter { CategoryId = category.Id }).ToListAsync()).Select(t => t.Title));
    }

    [Fact]
    public async Task Changing_the_category_id_replaces_the_order()
    {
        await ApplyAsync(() => OrderIn(other: false));

        var up = await ApplyAsync(() => OrderIn(other: true));

        Assert.Equal(StepOp.Replace, StepOf(up, "order").Op);
        Assert.Equal(["categoryId"], StepOf(up, "order").ReplaceReasons);
        Assert.Equal(IdOf("other"), IdOf("order"));
    }

    [Fact]
    public async Task A_trigger_listed_twice_is_refused()
    {
        var up = await UpAsync(() =>
        {
            var category = new TriggerCategory("stella", new TriggerCategoryArgs { Name = "Stella Connect" });
            var send = Tagging("send", category);
            _ = new TriggerOrder("order", new TriggerOrderArgs { CategoryId = category.Id, TriggerIds = Output(send, send) });
        });

        Assert.Equal("triggerIds", Assert.Single(up.Diagnostics, d => d.Severity == Severity.Error).Property);
    }
}
