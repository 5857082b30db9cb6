using Pulumi.Zendesk.TriggerCategories;
using StellaIac.Engine.Deploy;
using StellaIac.Engine.Program;
using StellaIac.Zendesk.TriggerCategories;
using TriggerCategory = Pulumi.Zendesk.TriggerCategories.TriggerCategory;

namespace Pulumi.Zendesk.Tests.TriggerCategories;

public sealed class TriggerCategoryLifecycleTests(EmulatorFixture zendesk) : ZendeskStack(zendesk)
{
    private static void Category(string name = "Stella Connect", int? position = null)
        => new TriggerCategory("stella", new TriggerCategoryArgs { Name = name, Position = position });

    [Fact]
    public async Task Create_then_preview_shows_no_changes()
    {
        await ApplyAsync(() => Category());

        Assert.False((await PreviewAsync(() => Category())).HasChanges);
        Assert.Equal("Stella Connect", (await BehindTheBack.TriggerCategories.GetAsync(IdOf("stella"))).Name);
    }

    [Fact]
    public async Task Changing_name_or_position_updates_in_place()
    {
        await ApplyAsync(() => Category());

        var preview = await PreviewAsync(() => Category("Stella Connect surveys", 0));
        await ApplyAsync(() => Category("Stella Connect surveys", 0));

        Assert.Equal(["name", "position"], StepOf(preview, "stella").DetailedDiff.Keys);
        var category = await BehindTheBack.TriggerCategories.GetAsync(IdOf("stella"));
        Assert.Equal(("Stella Connect surveys", 0), (category.Name, category.Position));
    }

    [Fact]
    public async Task A_category_with_the_same_name_is_adopted_and_one_by_id_imported()
    {
        var manual = await BehindTheBack.TriggerCategories.CreateAsync(new TriggerCategoryContent { Name = "Stella Connect" });
        var other = await BehindTheBack.TriggerCategories.CreateAsync(new TriggerCategoryContent { Name = "Old" });

        var adopted = await ApplyAsync(() => Category());
        var imported = await ApplyAsync(() =>
        {
            Category();
            _ = new TriggerCategory("other", new TriggerCategoryArgs { Name = "Renamed" }, new CustomResourceOptions { ImportId = other.Id });
        });

        Assert.Equal(StepOp.Import, StepOf(adopted, "stella").Op);
        Assert.Equal(manual.Id, IdOf("stella"));
        Assert.Equal(StepOp.Import, StepOf(imported, "other").Op);
        Assert.Equal("Renamed", (await BehindTheBack.TriggerCategories.GetAsync(other.Id)).Name);
    }

    [Fact]
    public async Task Drift_deletion_and_destroy()
    {
        await ApplyAsync(() => Category());
        await BehindTheBack.TriggerCategories.PatchAsync(IdOf("stella"), new TriggerCategoryContent { Name = "Renamed by hand" });

        var changed = await RefreshAsync();
        await BehindTheBack.TriggerCategories.DeleteAsync(IdOf("stella"));
        var deleted = await RefreshAsync();

        Assert.Equal(["name"], StepOf(changed, "stella").DetailedDiff.Keys);
        Assert.Equal(StepOp.Delete, StepOf(deleted, "stella").Op);
    }

    [Fact]
    public async Task Destroy_deletes_the_category()
    {
        await ApplyAsync(() => Category());
        var id = IdOf("stella");

        await DestroyAsync();

        Assert.DoesNotContain(await BehindTheBack.TriggerCategories.ListAsync().ToListAsync(), c => c.Id == id);
    }

    [Fact]
    public async Task A_blank_name_is_refused()
        => Assert.Equal("name", Assert.Single((await UpAsync(() => Category(" "))).Diagnostics, d => d.Severity == Severity.Error).Property);
}
