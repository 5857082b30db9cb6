using StellaIac.Engine.Deploy;
using StellaIac.Engine.Providers;
using StellaIac.Engine.Program;

namespace StellaIac.Engine.Tests;

public sealed class RefreshAndDestroyTests : IDisposable
{
    private readonly EngineHarness harness = new();

    public void Dispose() => harness.Dispose();

    private Task<DeploymentResult> UpTwoAsync() => harness.UpAsync(() =>
    {
        var a = new Thing("a", new ThingArgs { Name = "alpha", Size = 1 });
        _ = new Thing("b", new ThingArgs { Name = "beta", Peer = a.Label });
    });

    [Fact]
    public async Task Refresh_reports_a_change_and_a_deletion_made_behind_the_tools_back()
    {
        await UpTwoAsync();
        var state = harness.Checkpoint();
        var a = state.Resources.Single(r => r.Urn.EndsWith("::a", StringComparison.Ordinal));
        var b = state.Resources.Single(r => r.Urn.EndsWith("::b", StringComparison.Ordinal));
        harness.Provider.Objects[a.Id!] = harness.Provider.Objects[a.Id!].SetItem("size", 5.0);
        harness.Provider.Objects.TryRemove(b.Id!, out _);
        var before = File.ReadAllText(harness.Store.StackPath("dev"));

        var drift = await harness.Engine.RefreshAsync(harness.Target(), previewOnly: true);

        Assert.Equal(PropertyDiffKind.Update, drift.Steps.Single(s => s.Name == "a").DetailedDiff["size"].Kind);
        Assert.Equal(StepOp.Update, drift.Steps.Single(s => s.Name == "a").Op);
        Assert.Equal(StepOp.Delete, drift.Steps.Single(s => s.Name == "b").Op);
        Assert.Equal(before, File.ReadAllText(harness.Store.StackPath("dev")));
    }

    [Fact]
    public async Task Refresh_without_preview_writes_what_it_read_and_then_shows_no_drift()
    {
        await UpTwoAsync();
        var a = harness.Checkpoint().Resources.Single(r => r.Urn.EndsWith("::a", StringComparison.Ordinal));
        harness.Provider.Objects[a.Id!] = harness.Provider.Objects[a.Id!].SetItem("size", 5.0);

        await harness.Engine.RefreshAsync(harness.Target(), previewOnly: false);
        var again = await harness.Engine.RefreshAsync(harness.Target(), previewOnly: true);

        Assert.False(again.HasChanges);
        Assert.Equal(5.0, harness.Checkpoint().Resources.Single(r => r.Urn == a.Urn).Inputs["size"].TryGetNumber(out var size) ? size : 0);
        Assert.Equal(Urn.StackType, harness.Checkpoint().Resources[0].Type);
    }

    [Fact]
    public async Task Destroy_deletes_dependents_first_and_empties_the_state()
    {
        await UpTwoAsync();
        harness.Provider.Calls.Clear();

        var destroy = await harness.Engine.DestroyAsync(harness.Target(), preview: false);

        Assert.True(destroy.Succeeded);
        Assert.Equal(["delete beta", "delete alpha"], harness.Provider.Calls);
        Assert.Empty(harness.Checkpoint().Resources);
        Assert.Empty(harness.Provider.Objects);
    }

    [Fact]
    public async Task A_destroy_preview_lists_the_deletes_and_changes_nothing()
    {
        await UpTwoAsync();

        var preview = await harness.Engine.DestroyAsync(harness.Target(), preview: true);

        Assert.Equal(2, preview.Steps.Count(s => s.Op == StepOp.Delete && s.Type == "test:index:Thing"));
        Assert.Equal(2, harness.Provider.Objects.Count);
    }

    [Fact]
    public async Task Destroy_refuses_a_protected_resource_and_keeps_it()
    {
        await harness.UpAsync(() => new Thing("a", new ThingArgs { Name = "alpha" }, new CustomResourceOptions { Protect = true }));

        var destroy = await harness.Engine.DestroyAsync(harness.Target(), preview: false);

        Assert.False(destroy.Succeeded);
        Assert.Single(harness.Provider.Objects);
        Assert.Contains(harness.Checkpoint().Resources, r => r.Protect);
    }
}
