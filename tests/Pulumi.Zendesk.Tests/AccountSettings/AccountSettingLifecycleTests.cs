using Pulumi.Zendesk.AccountSettings;
using StellaIac.Engine.Deploy;
using StellaIac.Engine.Program;

namespace Pulumi.Zendesk.Tests.AccountSettings;

public sealed class AccountSettingLifecycleTests(EmulatorFixture zendesk) : ZendeskStack(zendesk)
{
    private const string AutoAssign = "tickets.assign_tickets_upon_solve";
    private const string StatusHold = "tickets.status_hold";

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

    [Fact]
    public async Task Import_by_path_adopts_the_setting_and_destroy_restores_the_value_it_found()
    {
        var up = await ApplyAsync(() => new AccountSetting("auto-assign", new AccountSettingArgs { Path = AutoAssign, Value = Output.Create<object>(true) }, new CustomResourceOptions { ImportId = AutoAssign }));

        Assert.Equal(StepOp.Import, StepOf(up, "auto-assign").Op);
        Assert.Equal(["value"], StepOf(up, "auto-assign").DetailedDiff.Keys);
        Assert.True(await LiveAsync());
        await DestroyAsync();
        Assert.False(await LiveAsync());
    }

    [Fact]
    public async Task Changing_the_path_replaces_the_setting_and_restores_the_one_left()
    {
        await ApplyAsync(() => AutoAssignOnSolve());

        var up = await ApplyAsync(() => AutoAssignOnSolve(path: StatusHold));

        Assert.Equal(StepOp.Replace, StepOf(up, "auto-assign").Op);
        Assert.Equal(["path"], StepOf(up, "auto-assign").ReplaceReasons);
        Assert.False(await LiveAsync());
        Assert.True((await BehindTheBack.AccountSettings.GetAsync()).Get(StatusHold)!.GetValue<bool>());
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
