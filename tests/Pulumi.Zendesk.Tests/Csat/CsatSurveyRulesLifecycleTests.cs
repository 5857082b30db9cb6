using System.Text.Json.Nodes;
using Pulumi.Zendesk.Csat;
using StellaIac.Engine.Deploy;
using StellaIac.Engine.Program;

namespace Pulumi.Zendesk.Tests.Csat;

/// <summary>Each kind of CSAT sender a go-live finds: Zendesk's messaging trigger, and custom rules by placeholder or by the rating action.</summary>
public sealed class CsatSurveyRulesLifecycleTests(EmulatorFixture zendesk) : ZendeskStack(zendesk)
{
    private const string MessagingCsat = "Request customer satisfaction rating (messaging)";

    private static void CsatRulesOff(bool deactivateCustom = false)
        => new CsatSurveyRules("csat-rules", new CsatSurveyRulesArgs { DeactivateCustom = deactivateCustom });

    private static JsonObject Notify(string placeholder)
        => new() { ["field"] = "notification_user", ["value"] = new JsonArray("requester_id", "How did we do?", $"Rate us: {{{{{placeholder}}}}}") };

    /// <summary>Seeds a custom trigger and a custom automation that send a survey, plus one that does not; returns their ids.</summary>
    private async Task<(long Trigger, long Automation, long Unrelated)> SeedCustomSendersAsync()
    {
        var created = await Control.SeedAsync(new JsonObject
        {
            ["triggers"] = new JsonArray(
                new JsonObject { ["title"] = "Solved: thank you and rate", ["active"] = true, ["conditions"] = new JsonObject { ["all"] = new JsonArray(new JsonObject { ["field"] = "status", ["operator"] = "is", ["value"] = "solved" }) }, ["actions"] = new JsonArray(Notify("satisfaction.rating_url")) },
                new JsonObject { ["title"] = "Solved: plain thanks", ["active"] = true, ["conditions"] = new JsonObject { ["all"] = new JsonArray(new JsonObject { ["field"] = "status", ["operator"] = "is", ["value"] = "solved" }) }, ["actions"] = new JsonArray(Notify("ticket.title")) }),
            ["automations"] = new JsonArray(
                new JsonObject { ["title"] = "Ask for a rating after 48 h", ["active"] = true, ["default"] = false, ["conditions"] = new JsonObject { ["all"] = new JsonArray() }, ["actions"] = new JsonArray(Notify("satisfaction.rating_section"), new JsonObject { ["field"] = "satisfaction_score", ["value"] = "offered" }) }),
        });
        var triggers = created["triggers"]!.AsArray().Select(n => long.Parse(n!.ToString(), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        return (triggers[0], long.Parse(created["automations"]![0]!.ToString(), System.Globalization.CultureInfo.InvariantCulture), triggers[1]);
    }

    private async Task<StellaIac.Zendesk.Triggers.Trigger> MessagingCsatAsync()
        => (await BehindTheBack.Triggers.ListAsync().ToListAsync()).Single(t => t.Title == MessagingCsat);

    [Fact]
    public async Task Zendesks_messaging_CSAT_trigger_is_switched_off_then_a_preview_shows_no_changes()
    {
        var messaging = await MessagingCsatAsync();
        Assert.True(messaging.Active && messaging.Default);

        await ApplyAsync(() => CsatRulesOff());

        Assert.False((await BehindTheBack.Triggers.GetAsync(messaging.Id)).Active);
        Assert.False((await PreviewAsync(() => CsatRulesOff())).HasChanges);
    }

    [Fact]
    public async Task Without_the_opt_in_custom_senders_fail_the_check_by_id_and_title_and_nothing_is_written()
    {
        var (trigger, automation, unrelated) = await SeedCustomSendersAsync();
        await Control.ClearRequestsAsync();

        var up = await UpAsync(() => CsatRulesOff());

        var error = Assert.Single(up.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("deactivateCustom", error.Property);
        Assert.Contains($"trigger {trigger} 'Solved: thank you and rate'", error.Detail, StringComparison.Ordinal);
        Assert.Contains($"automation {automation} 'Ask for a rating after 48 h'", error.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(unrelated.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(MessagingCsat, error.Detail, StringComparison.Ordinal);
        Assert.All(await Control.RequestsAsync(), r => Assert.Equal("GET", r.Method));
    }

    [Fact]
    public async Task With_the_opt_in_every_sender_is_switched_off_and_destroy_restores_exactly_what_it_found()
    {
        var (trigger, automation, unrelated) = await SeedCustomSendersAsync();
        await BehindTheBack.Triggers.SetActiveAsync(unrelated, false);
        var triggersBefore = (await BehindTheBack.Triggers.ListAsync().ToListAsync()).Select(t => (t.Id, t.Active)).ToList();
        var automationsBefore = (await BehindTheBack.Automations.ListAsync().ToListAsync()).Select(a => (a.Id, a.Active)).ToList();

        await ApplyAsync(() => CsatRulesOff(deactivateCustom: true));
        var whileLive = (await BehindTheBack.Triggers.ListAsync().ToListAsync()).Where(t => t.Active).Select(t => t.Id).ToList();
        var automationLive = (await BehindTheBack.Automations.GetAsync(automation)).Active;
        await DestroyAsync();

        Assert.DoesNotContain(trigger, whileLive);
        Assert.DoesNotContain((await MessagingCsatAsync()).Id, whileLive);
        Assert.False(automationLive);
        Assert.Equal(triggersBefore, (await BehindTheBack.Triggers.ListAsync().ToListAsync()).Select(t => (t.Id, t.Active)));
        Assert.Equal(automationsBefore, (await BehindTheBack.Automations.ListAsync().ToListAsync()).Select(a => (a.Id, a.Active)));
    }

    [Fact]
    public async Task A_sender_switched_back_on_after_going_live_is_a_change_the_next_up_undoes()
    {
        await ApplyAsync(() => CsatRulesOff());
        var messaging = await MessagingCsatAsync();
        await BehindTheBack.Triggers.SetActiveAsync(messaging.Id, true);

        var preview = await PreviewAsync(() => CsatRulesOff());
        await ApplyAsync(() => CsatRulesOff());

        Assert.Equal(StepOp.Update, StepOf(preview, "csat-rules").Op);
        Assert.False((await BehindTheBack.Triggers.GetAsync(messaging.Id)).Active);
    }

    [Fact]
    public async Task Import_by_its_fixed_id_switches_the_senders_off_and_destroy_switches_them_back_on()
    {
        var up = await ApplyAsync(() => new CsatSurveyRules("csat-rules", new CsatSurveyRulesArgs(), new CustomResourceOptions { ImportId = "csat-survey-rules" }));
        var whileLive = (await MessagingCsatAsync()).Active;
        await DestroyAsync();

        Assert.Equal(StepOp.Import, StepOf(up, "csat-rules").Op);
        Assert.False(whileLive);
        Assert.True((await MessagingCsatAsync()).Active);
    }

    [Theory]
    [InlineData("notification_user", "satisfaction.rating_section", true)]
    [InlineData("notification_webhook", "satisfaction.rating_url", true)]
    [InlineData("notification_user", "ticket.title", false)]
    [InlineData("satisfaction_score", "offered", true)]
    public void A_survey_is_sent_by_a_placeholder_in_a_notification_or_by_the_rating_action(string field, string text, bool sends)
    {
        var value = field.StartsWith("notification_", StringComparison.Ordinal)
            ? StellaIac.Zendesk.Rules.RuleValue.List("123", "Hello {{" + text + "}}")
            : StellaIac.Zendesk.Rules.RuleValue.Of(text);

        Assert.Equal(sends, CsatSurvey.IsSentBy([new StellaIac.Zendesk.Rules.RuleAction(field, value)]));
    }
}
