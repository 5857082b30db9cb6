using StellaIac.Engine.Deploy;
using StellaIac.Engine.Program;
using StellaIac.Engine.Providers;

namespace StellaIac.Engine.Tests;

public sealed class PlanTests : IDisposable
{
    private readonly EngineHarness harness = new();

    public void Dispose() => harness.Dispose();

    [Fact]
    public async Task A_preview_of_a_new_stack_plans_creates_with_unknown_outputs_and_writes_nothing()
    {
        Thing? a = null;
        var preview = await harness.PreviewAsync(() => a = new Thing("a", new ThingArgs { Name = "alpha" }));

        var create = Assert.Single(preview.Steps, s => s.Type == "test:index:Thing");
        Assert.Equal((StepOp.Create, StepStatus.Planned), (create.Op, create.Status));
        Assert.False((await Testing.ProgramTester.ValueOf(a!.Label)).IsKnown);
        Assert.Empty(harness.Provider.Calls);
        Assert.False(File.Exists(harness.Store.StackPath("dev")));
    }

    [Fact]
    public async Task A_list_given_item_by_item_keeps_its_known_items_when_one_is_still_unknown()
    {
        var preview = await harness.PreviewAsync(() =>
        {
            var first = new Thing("a", new ThingArgs { Name = "alpha" });
            new Thing("b", new ThingArgs { Name = "beta", Tags = [first.Label, "known"] });
            new Thing("c", new ThingArgs { Name = "gamma", Tags = Output.All<string>(first.Label, "known") });
        });

        var itemwise = preview.Steps.Single(s => s.Name == "b").New!.Inputs["tags"];
        Assert.True(itemwise.TryGetArray(out var items));
        Assert.True(items[0].IsComputed);
        Assert.Equal("known", items[1].Match(() => "", _ => "", _ => "", s => s, _ => "", _ => "", () => ""));
        Assert.True(preview.Steps.Single(s => s.Name == "c").New!.Inputs["tags"].IsComputed);
    }

    [Fact]
    public async Task Up_creates_and_a_preview_right_after_shows_no_changes()
    {
        void Program() => new Thing("a", new ThingArgs { Name = "alpha", Tags = ["x", "y"] });

        var up = await harness.UpAsync(Program);
        var again = await harness.PreviewAsync(Program);

        Assert.True(up.Succeeded);
        Assert.Equal(StepOp.Create, up.Steps.Single(s => s.Type == "test:index:Thing").Op);
        Assert.False(again.HasChanges);
        Assert.All(again.Steps, s => Assert.Equal(StepOp.Same, s.Op));
    }

    [Fact]
    public async Task Changing_a_property_updates_in_place_with_its_diff()
    {
        await harness.UpAsync(() => new Thing("a", new ThingArgs { Name = "alpha", Size = 1 }));

        var preview = await harness.PreviewAsync(() => new Thing("a", new ThingArgs { Name = "alpha", Size = 3 }));

        var update = Assert.Single(preview.Steps, s => s.IsChange);
        Assert.Equal(StepOp.Update, update.Op);
        Assert.Equal(PropertyDiffKind.Update, update.DetailedDiff["size"].Kind);
        Assert.Equal(["size"], update.DetailedDiff.Keys);
    }

    [Fact]
    public async Task A_replacing_change_creates_the_new_object_before_deleting_the_old()
    {
        await harness.UpAsync(() => new Thing("a", new ThingArgs { Name = "alpha", Kind = "small" }));
        harness.Provider.Calls.Clear();

        var up = await harness.UpAsync(() => new Thing("a", new ThingArgs { Name = "alpha", Kind = "large" }));

        var replace = Assert.Single(up.Steps, s => s.IsChange);
        Assert.Equal(StepOp.Replace, replace.Op);
        Assert.Equal(["kind"], replace.ReplaceReasons);
        Assert.Equal(["create alpha", "delete alpha"], harness.Provider.Calls);
        Assert.Single(harness.Provider.Objects);
        Assert.DoesNotContain(harness.Checkpoint().Resources, r => r.Delete);
    }

    [Fact]
    public async Task DeleteBeforeReplace_deletes_the_old_object_first()
    {
        await harness.UpAsync(() => new Thing("a", new ThingArgs { Name = "alpha", Kind = "small" }));
        harness.Provider.Calls.Clear();

        await harness.UpAsync(() => new Thing("a", new ThingArgs { Name = "alpha", Kind = "large" }, new CustomResourceOptions { DeleteBeforeReplace = true }));

        Assert.Equal(["delete alpha", "create alpha"], harness.Provider.Calls);
    }

    [Fact]
    public async Task A_protected_resource_refuses_replace_and_delete()
    {
        await harness.UpAsync(() => new Thing("a", new ThingArgs { Name = "alpha", Kind = "small" }, new CustomResourceOptions { Protect = true }));

        var replace = await harness.UpAsync(() => new Thing("a", new ThingArgs { Name = "alpha", Kind = "large" }, new CustomResourceOptions { Protect = true }));
        var delete = await harness.UpAsync(() => { });

        Assert.False(replace.Succeeded);
        Assert.Contains(replace.Diagnostics, d => d.Summary.Contains("protected", StringComparison.Ordinal) && d.Property == "kind");
        Assert.False(delete.Succeeded);
        Assert.Contains(delete.Diagnostics, d => d.Summary.Contains("is protected", StringComparison.Ordinal));
        Assert.Single(harness.Provider.Objects);
    }

    [Fact]
    public async Task IgnoreChanges_keeps_the_old_value()
    {
        await harness.UpAsync(() => new Thing("a", new ThingArgs { Name = "alpha", Size = 1 }));

        var preview = await harness.PreviewAsync(() => new Thing("a", new ThingArgs { Name = "alpha", Size = 9 }, new CustomResourceOptions { IgnoreChanges = ["size"] }));

        Assert.False(preview.HasChanges);
    }

    [Fact]
    public async Task A_resource_gone_from_the_program_is_deleted()
    {
        await harness.UpAsync(() =>
        {
            _ = new Thing("a", new ThingArgs { Name = "alpha" });
            _ = new Thing("b", new ThingArgs { Name = "beta" });
        });

        var up = await harness.UpAsync(() => new Thing("a", new ThingArgs { Name = "alpha" }));

        var delete = Assert.Single(up.Steps, s => s.IsChange);
        Assert.Equal((StepOp.Delete, "b"), (delete.Op, delete.Name));
        Assert.DoesNotContain(harness.Checkpoint().Resources, r => r.Urn.EndsWith("::b", StringComparison.Ordinal));
        Assert.Single(harness.Provider.Objects);
    }

    [Fact]
    public async Task RetainOnDelete_forgets_the_object_without_deleting_it()
    {
        await harness.UpAsync(() => new Thing("a", new ThingArgs { Name = "alpha" }, new CustomResourceOptions { RetainOnDelete = true }));

        await harness.UpAsync(() => { });

        Assert.Single(harness.Provider.Objects);
        Assert.DoesNotContain("delete alpha", harness.Provider.Calls);
    }

    [Fact]
    public async Task ImportId_adopts_an_existing_object_as_an_import_step()
    {
        var existing = await harness.UpAsync(() => new Thing("made-by-hand", new ThingArgs { Name = "alpha" }, new CustomResourceOptions { RetainOnDelete = true }));
        await harness.UpAsync(() => { });
        var id = Assert.Single(harness.Provider.Objects.Keys);
        harness.Provider.Calls.Clear();

        var up = await harness.UpAsync(() => new Thing("a", new ThingArgs { Name = "alpha", Size = 1 }, new CustomResourceOptions { ImportId = id }));

        Assert.True(existing.Succeeded);
        var import = Assert.Single(up.Steps, s => s.IsChange && s.Type == "test:index:Thing");
        Assert.Equal(StepOp.Import, import.Op);
        Assert.Empty(import.DetailedDiff);
        Assert.Equal(id, harness.Checkpoint().Resources.Single(r => r.Type == "test:index:Thing").Id);
        Assert.DoesNotContain(harness.Provider.Calls, c => c.StartsWith("create", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Adoption_by_natural_key_imports_and_updates_instead_of_creating_a_duplicate()
    {
        await harness.UpAsync(() => new Thing("old", new ThingArgs { Name = "alpha", Size = 1 }, new CustomResourceOptions { RetainOnDelete = true }));
        await harness.UpAsync(() => { });
        harness.Provider.AdoptByName = true;

        var preview = await harness.PreviewAsync(() => new Thing("a", new ThingArgs { Name = "alpha", Size = 2 }));
        var up = await harness.UpAsync(() => new Thing("a", new ThingArgs { Name = "alpha", Size = 2 }));

        var import = Assert.Single(preview.Steps, s => s.IsChange && s.Type == "test:index:Thing");
        Assert.Equal(StepOp.Import, import.Op);
        Assert.Equal(PropertyDiffKind.Update, import.DetailedDiff["size"].Kind);
        Assert.True(up.Succeeded);
        var only = Assert.Single(harness.Provider.Objects);
        Assert.Equal(2.0, only.Value["size"].TryGetNumber(out var size) ? size : 0);
    }

    [Fact]
    public async Task A_check_failure_is_a_diagnostic_naming_the_property_and_nothing_is_created()
    {
        var up = await harness.UpAsync(() => new Thing("a", new ThingArgs { Name = "" }));

        Assert.False(up.Succeeded);
        var error = Assert.Single(up.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("name", "name: must not be empty"), (error.Property, error.Detail));
        Assert.Empty(harness.Provider.Objects);
    }

    [Fact]
    public async Task A_component_prefixes_its_childrens_urns_and_is_recorded_in_state()
    {
        await harness.UpAsync(() => new Group("g", 2));

        var urns = harness.Checkpoint().Resources.Select(r => r.Urn).ToList();

        Assert.Contains("urn:pulumi:dev::demo::test:index:Group::g", urns);
        Assert.Contains("urn:pulumi:dev::demo::test:index:Group$test:index:Thing::g-1", urns);
        Assert.Equal("urn:pulumi:dev::demo::pulumi:pulumi:Stack::demo-dev", urns[0]);
        Assert.Equal(2.0, harness.Checkpoint().Resources.Single(r => r.Type == "test:index:Group").Outputs["count"].TryGetNumber(out var n) ? n : 0);
    }

    [Fact]
    public async Task Two_resources_with_one_urn_are_refused()
    {
        var up = await harness.UpAsync(() =>
        {
            _ = new Thing("a", new ThingArgs { Name = "alpha" });
            _ = new Thing("a", new ThingArgs { Name = "beta" });
        });

        Assert.False(up.Succeeded);
        Assert.Contains(up.Diagnostics, d => d.Summary == "Duplicate resource");
    }
}
