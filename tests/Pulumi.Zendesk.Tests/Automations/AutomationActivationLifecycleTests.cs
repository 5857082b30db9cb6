using System.Globalization;
using Pulumi.Zendesk.Automations;
using StellaIac.Engine.Deploy;

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
    public async Task A_selector_that_is_no_automation_is_refused()
    {
        var up = await UpAsync(() => new AutomationActivation("csat", new AutomationActivationArgs { Automation = "the csat one", Active = false }));

        Assert.Equal("automation", Assert.Single(up.Diagnostics, d => d.Severity == Severity.Error).Property);
    }
}
