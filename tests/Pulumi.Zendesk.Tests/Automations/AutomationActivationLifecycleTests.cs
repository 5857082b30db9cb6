using System.Globalization;
using Pulumi.Zendesk.Automations;
using StellaIac.Engine.Deploy;
using StellaIac.Engine.Program;

namespace Pulumi.Zendesk.Tests.Automations;

public sealed class AutomationActivationLifecycleTests(EmulatorFixture zendesk) : ZendeskStack(zendesk)
{
    private static void CsatOff(bool active = false)
        => new AutomationActivation("csat", new AutomationActivationArgs { Automation = AutomationActivationArgs.DefaultCsat, Active = active });

    private async Task<StellaIac.Zendesk.Automations.Automation> CsatAsync()
        => (await BehindTheBack.Automations.ListAsync().ToListAsync()).Single(a => a.Title.StartsWith("Request customer satisfaction", StringComparison.Ordinal));

    [Fact]
    public async Task The_default_CSAT_automation_is_found_by_content_and_switched_off_then_a_preview_shows_no_changes()
    {
        var csat = await CsatAsync();
        await BehindTheBack.Automations.SetActiveAsync(csat.Id, true);
        await Control.ClearRequestsAsync();

        await ApplyAsync(() => CsatOff());

        Assert.False((await BehindTheBack.Automations.GetAsync(csat.Id)).Active);
        Assert.Equal(csat.Id.ToString(CultureInfo.InvariantCulture), IdOf("csat"));
        Assert.False((await PreviewAsync(() => CsatOff())).HasChanges);
        Assert.All((await Control.RequestsAsync()).Where(r => r.Method == "PUT"), r => Assert.Equal("{\"automation\":{\"active\":false}}", r.Body!.ToJsonString()));
    }

    [Fact]
    public async Task Changing_active_updates_and_refresh_sees_a_change_made_by_hand()
    {
        await ApplyAsync(() => CsatOff());
        var csat = await CsatAsync();

        var update = await ApplyAsync(() => CsatOff(active: true));
        await BehindTheBack.Automations.SetActiveAsync(csat.Id, false);
        var drift = await RefreshAsync();

        Assert.Equal(StepOp.Update, StepOf(update, "csat").Op);
        Assert.Equal(["active"], StepOf(drift, "csat").DetailedDiff.Keys);
    }

    [Fact]
    public async Task Destroy_restores_the_activity_it_found_and_creates_or_deletes_no_automation()
    {
        var before = await BehindTheBack.Automations.ListAsync().ToListAsync();
        await ApplyAsync(() => CsatOff());

        await DestroyAsync();

        var after = await BehindTheBack.Automations.ListAsync().ToListAsync();
        Assert.Equal(before.Select(a => (a.Id, a.Active)), after.Select(a => (a.Id, a.Active)));
    }

    [Fact]
    public async Task Import_by_id_adopts_the_automation_and_destroy_restores_the_activity_it_found()
    {
        var csat = await CsatAsync();
        var id = csat.Id.ToString(CultureInfo.InvariantCulture);

        var up = await ApplyAsync(() => new AutomationActivation("csat", new AutomationActivationArgs { Automation = id, Active = false }, new CustomResourceOptions { ImportId = id }));

        Assert.Equal(StepOp.Import, StepOf(up, "csat").Op);
        Assert.False((await BehindTheBack.Automations.GetAsync(csat.Id)).Active);
        await DestroyAsync();
        Assert.Equal(csat.Active, (await BehindTheBack.Automations.GetAsync(csat.Id)).Active);
    }

    [Fact]
    public async Task Changing_the_automation_replaces_the_activation_and_restores_the_one_left()
    {
        var csat = await CsatAsync();
        var pending = (await BehindTheBack.Automations.ListAsync().ToListAsync()).Single(a => a.Title == "Pending notification 24 hours");
        await BehindTheBack.Automations.SetActiveAsync(pending.Id, true);
        await ApplyAsync(() => CsatOff());

        var up = await ApplyAsync(() => new AutomationActivation("csat", new AutomationActivationArgs { Automation = pending.Id.ToString(CultureInfo.InvariantCulture), Active = false }));

        Assert.Equal(StepOp.Replace, StepOf(up, "csat").Op);
        Assert.Equal(["automation"], StepOf(up, "csat").ReplaceReasons);
        Assert.False((await BehindTheBack.Automations.GetAsync(pending.Id)).Active);
        Assert.Equal(csat.Active, (await BehindTheBack.Automations.GetAsync(csat.Id)).Active);
    }

    [Fact]
    public async Task A_selector_that_is_no_automation_is_refused()
    {
        var up = await UpAsync(() => new AutomationActivation("csat", new AutomationActivationArgs { Automation = "the csat one", Active = false }));

        Assert.Equal("automation", Assert.Single(up.Diagnostics, d => d.Severity == Severity.Error).Property);
    }
}
