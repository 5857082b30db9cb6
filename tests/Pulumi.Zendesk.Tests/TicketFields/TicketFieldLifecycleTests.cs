using System.Globalization;
using Pulumi.Zendesk.TicketFields;
using StellaIac.Engine.Deploy;
using StellaIac.Engine.Program;
using StellaIac.Zendesk.TicketFields;
using TicketField = Pulumi.Zendesk.TicketFields.TicketField;

namespace Pulumi.Zendesk.Tests.TicketFields;

public sealed class TicketFieldLifecycleTests(EmulatorFixture zendesk) : ZendeskStack(zendesk)
{
    private static void DoNotSend(string type = "checkbox", string title = "Do not Send Stella Connect Survey", string? description = null, string? tag = "stella_do_not_send", bool active = true)
        => new TicketField("do-not-send", new TicketFieldArgs { Type = type, Title = title, Description = description is null ? null : (Input<string>)description, Tag = tag is null ? null : (Input<string>)tag, Active = active });

    private long Id => long.Parse(IdOf("do-not-send"), CultureInfo.InvariantCulture);

    [Fact]
    public async Task Create_then_preview_shows_no_changes()
    {
        await ApplyAsync(() => DoNotSend());

        var again = await PreviewAsync(() => DoNotSend());

        Assert.False(again.HasChanges);
        Assert.Equal(("checkbox", "stella_do_not_send"), ((await BehindTheBack.TicketFields.GetAsync(Id)).Type, (await BehindTheBack.TicketFields.GetAsync(Id)).Tag));
    }

    [Fact]
    public async Task Changing_title_description_or_activity_updates_in_place()
    {
        await ApplyAsync(() => DoNotSend());
        var id = Id;

        var preview = await PreviewAsync(() => DoNotSend(title: "Stella: do not send", description: "Ticked: no survey", active: false));
        await ApplyAsync(() => DoNotSend(title: "Stella: do not send", description: "Ticked: no survey", active: false));

        Assert.Equal(["active", "description", "title"], StepOf(preview, "do-not-send").DetailedDiff.Keys);
        Assert.Equal(StepOp.Update, StepOf(preview, "do-not-send").Op);
        Assert.Equal(id, Id);
        Assert.False((await BehindTheBack.TicketFields.GetAsync(id)).Active);
    }

    [Fact]
    public async Task Changing_the_type_replaces_the_field()
    {
        await ApplyAsync(() => DoNotSend());

        var preview = await PreviewAsync(() => DoNotSend(type: "text", tag: null));

        Assert.Equal(StepOp.Replace, StepOf(preview, "do-not-send").Op);
        Assert.Contains("type", StepOf(preview, "do-not-send").ReplaceReasons);
    }

    [Fact]
    public async Task The_seeds_hand_made_checkbox_is_adopted_by_title_and_type()
    {
        var manual = await BehindTheBack.TicketFields.CreateAsync(new TicketFieldContent { Type = "checkbox", Title = "Do not Send Stella Connect Survey" });

        var preview = await PreviewAsync(() => DoNotSend());
        await ApplyAsync(() => DoNotSend());

        Assert.Equal(StepOp.Import, StepOf(preview, "do-not-send").Op);
        Assert.Contains("tag", StepOf(preview, "do-not-send").DetailedDiff.Keys);
        Assert.Equal(manual.Id, Id);
        Assert.Equal("stella_do_not_send", (await BehindTheBack.TicketFields.GetAsync(manual.Id)).Tag);
    }

    [Fact]
    public async Task Import_by_id_adopts_the_field()
    {
        var manual = await BehindTheBack.TicketFields.CreateAsync(new TicketFieldContent { Type = "checkbox", Title = "Old title" });

        var up = await ApplyAsync(() => new TicketField("do-not-send", new TicketFieldArgs { Type = "checkbox", Title = "Do not Send Stella Connect Survey" }, new CustomResourceOptions { ImportId = manual.Id.ToString(CultureInfo.InvariantCulture) }));

        Assert.Equal(StepOp.Import, StepOf(up, "do-not-send").Op);
        Assert.Equal("Do not Send Stella Connect Survey", (await BehindTheBack.TicketFields.GetAsync(manual.Id)).Title);
    }

    [Fact]
    public async Task Drift_and_deletion_behind_the_tools_back_are_reported()
    {
        await ApplyAsync(() => DoNotSend());
        await BehindTheBack.TicketFields.UpdateAsync(Id, new TicketFieldContent { Type = "checkbox", Title = "Renamed by hand", Tag = "stella_do_not_send" });

        var changed = await RefreshAsync();
        await BehindTheBack.TicketFields.DeleteAsync(Id);
        var deleted = await RefreshAsync();

        Assert.Equal(["title"], StepOf(changed, "do-not-send").DetailedDiff.Keys);
        Assert.Equal(StepOp.Delete, StepOf(deleted, "do-not-send").Op);
    }

    [Fact]
    public async Task Destroy_deletes_the_field()
    {
        await ApplyAsync(() => DoNotSend());
        var id = Id;

        await DestroyAsync();

        Assert.DoesNotContain(await BehindTheBack.TicketFields.ListAsync().ToListAsync(), f => f.Id == id);
    }

    [Theory]
    [InlineData("checkbox", "has spaces", "tag")]
    [InlineData("hologram", null, "type")]
    [InlineData("text", "a_tag", "tag")]
    public async Task Invalid_input_is_refused_before_anything_is_sent(string type, string? tag, string property)
    {
        var up = await UpAsync(() => DoNotSend(type: type, tag: tag));

        Assert.Equal(property, Assert.Single(up.Diagnostics, d => d.Severity == Severity.Error).Property);
        Assert.DoesNotContain(await BehindTheBack.TicketFields.ListAsync().ToListAsync(), f => f.Title == "Do not Send Stella Connect Survey");
    }

    [Fact]
    public async Task A_tag_another_field_uses_is_refused_naming_that_field()
    {
        await BehindTheBack.TicketFields.CreateAsync(new TicketFieldContent { Type = "checkbox", Title = "VIP", Tag = "stella_do_not_send" });

        var up = await UpAsync(() => DoNotSend());

        var error = Assert.Single(up.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Contains("already used by the ticket field 'VIP'", error.Detail, StringComparison.Ordinal);
    }
}
