using Pulumi.Zendesk.AccountSettings;
using StellaIac.Engine.Deploy;
using StellaIac.Engine.Program;

namespace Pulumi.Zendesk.Tests.AccountSettings;

public sealed class AccountSettingLifecycleTests(EmulatorFixture zendesk) : ZendeskStack(zendesk)
{
    private const string AutoAssign = "tickets.assign_tickets_upon_solve";

    private static void AutoAssignOnSolve(bool on = true, string path = AutoAssign)
        => new AccountSetting("auto-assign", new AccountSettingArgs { Path = path, Value = Output.Create<object>(on) });

    private async Task<bool> LiveAsync() => (await BehindTheBack.AccountSettings.GetAsync()).Get(AutoAssign)!.GetValue<bool>();

    [Fact]
    public async Task The_setting_is_set_and_a_preview_after_shows_no_changes()
    {
        await ApplyAsync(() => AutoAssignOnSolve());

        Assert.True(await LiveAsync());
        Assert.False((await PreviewAsync(() => AutoAssignOnSolve())).HasChanges);
    }

    [Fact]
    public async Task Changing_the_value_updates_and_a_change_by_hand_is_drift()
    {
        await ApplyAsync(() => AutoAssignOnSolve());

        var update = await ApplyAsync(() => AutoAssignOnSolve(on: false));
        await BehindTheBack.AccountSettings.SetAsync(AutoAssign, true);
        var drift = await RefreshAsync();

        Assert.Equal(StepOp.Update, StepOf(update, "auto-assign").Op);
        Assert.Equal(["value"], StepOf(drift, "auto-assign").DetailedDiff.Keys);
    }

    [Fact]
    public async Task Destroy_restores_the_value_it_found()
    {
        Assert.False(await LiveAsync());
        await ApplyAsync(() => AutoAssignOnSolve());

        await DestroyAsync();

        Assert.False(await LiveAsync());
    }

    [Theory]
    [InlineData("tickets.no_such_setting")]
    [InlineData("tickets")]
    public async Task A_path_the_account_does_not_have_is_refused(string path)
    {
        var up = await UpAsync(() => AutoAssignOnSolve(path: path));

        Assert.Equal("path", Assert.Single(up.Diagnostics, d => d.Severity == Severity.Error).Property);
    }
}
