using StellaIac.Engine.Deploy;
using StellaIac.StellaConnect.Channels;
using StellaIac.StellaConnect.Lint;
using StellaIac.Zendesk;
using StellaIac.Zendesk.TicketFields;
using StellaIac.Zendesk.Triggers;
using StellaIac.Zendesk.Webhooks;

namespace StellaIac.StellaConnect.Tests;

/// <summary>The whole integration through the engine and the zendesk provider, against the emulator.</summary>
public sealed class EndToEndTests : IAsyncLifetime
{
    private IntegrationStack stack = null!;
    private ZendeskClient zendesk = null!;

    public async Task InitializeAsync()
    {
        stack = await IntegrationStack.StartAsync();
        zendesk = stack.Zendesk;
    }

    public async Task DisposeAsync() => await stack.DisposeAsync();

    private static StellaConnectIntegrationArgs Args(string key = "stella-test-key", bool goLive = false, bool deactivateCustomCsatRules = false) => new()
    {
        ApiKey = key,
        Channels = [StellaChannel.Email(), StellaChannel.Phone(), StellaChannel.Chat()],
        Exclusions = [new ExclusionRule { All = [RuleCondition.TagIncludes("fraud")] }],
        GoLive = goLive,
        DeactivateCustomCsatRules = deactivateCustomCsatRules,
    };

    private Task<DeploymentResult> UpAsync(StellaConnectIntegrationArgs args, bool preview = false) => stack.UpAsync(args, preview);

    [Fact]
    public async Task Up_sets_up_the_seeds_procedure_a_preview_after_shows_no_changes_and_going_live_switches_key_and_CSAT()
    {
        var up = await UpAsync(Args());
        Assert.True(up.Succeeded, string.Join("\n", up.Diagnostics.Select(d => d.Detail)));

        var category = (await zendesk.TriggerCategories.ListAsync().ToListAsync()).Single(c => c.Name == "Stella Connect");
        var triggers = await zendesk.Triggers.ListAsync(new TriggerFilter { CategoryId = category.Id }).ToListAsync();
        Assert.Equal(["Do not send Stella Connect request", "Send Stella Connect request on ticket solved for email channel", "Send Stella Connect request on ticket solved for phone channel", "Send Stella Connect request for chat channel"], triggers.Select(t => t.Title));
        Assert.True((await zendesk.AccountSettings.GetAsync()).Get("tickets.assign_tickets_upon_solve")!.GetValue<bool>());
        Assert.True((await zendesk.Automations.ListAsync().ToListAsync()).Single(a => a.Title.StartsWith("Request customer satisfaction", StringComparison.Ordinal)).Active);

        var again = await UpAsync(Args(), preview: true);
        Assert.False(again.HasChanges, string.Join(", ", again.Steps.Where(s => s.IsChange).Select(s => $"{s.Name} {string.Join(",", s.DetailedDiff.Keys)}")));

        var live = await UpAsync(Args("stella-prod-key", goLive: true));
        Assert.True(live.Succeeded, string.Join("\n", live.Diagnostics.Select(d => d.Detail)));
        Assert.False((await zendesk.Automations.ListAsync().ToListAsync()).Single(a => a.Title.StartsWith("Request customer satisfaction", StringComparison.Ordinal)).Active);

        var webhook = Assert.Single(await zendesk.Webhooks.ListAsync().ToListAsync());
        var email = triggers[1];
        var body = email.Actions.Single().Value.Items![1];
        var control = stack.Control;
        var invocation = await control.DeliverAsync(webhook.Id, PayloadLint.Render(PayloadLint.Parse(body), SampleTicket.Matrix[0], (await zendesk.TicketFields.ListAsync().ToListAsync()).Single(f => f.Title == "Do not Send Stella Connect Survey").Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("success", (string?)invocation["status"]);
        var delivery = (await control.StellaDeliveriesAsync())[^1]!;
        Assert.Equal(StellaIac.Zendesk.Emulator.Stella.StellaConnectReceiver.Fingerprint("stella-prod-key"), (string?)delivery["key_fingerprint"]);
        Assert.Equal("email", (string?)delivery["payload"]!["channel"]);
    }

    [Fact]
    public async Task The_seeds_hand_made_setup_is_adopted_without_duplicates()
    {
        await zendesk.Webhooks.CreateAsync(new WebhookContent { Name = "Stella Connect", Endpoint = "https://api.stellaconnect.net/v1/auth", Authentication = WebhookAuthentication.Basic("connect", "stella-test-key") });
        await zendesk.TicketFields.CreateAsync(new TicketFieldContent { Type = "checkbox", Title = "Do not Send Stella Connect Survey" });

        var preview = await UpAsync(Args(), preview: true);
        var up = await UpAsync(Args());

        Assert.Equal(StepOp.Import, preview.Steps.Single(s => s.Name == "stella-webhook").Op);
        Assert.Equal(StepOp.Import, preview.Steps.Single(s => s.Name == "stella-do-not-send").Op);
        Assert.True(up.Succeeded, string.Join("\n", up.Diagnostics.Select(d => d.Detail)));
        Assert.Single(await zendesk.Webhooks.ListAsync().ToListAsync());
        Assert.Single(await zendesk.TicketFields.ListAsync().ToListAsync(), f => f.Title == "Do not Send Stella Connect Survey");
    }

    [Fact]
    public async Task Going_live_beside_a_custom_CSAT_rule_fails_naming_it_before_anything_is_written_and_the_opt_in_switches_it_off()
    {
        var control = stack.Control;
        var created = await control.SeedAsync(System.Text.Json.Nodes.JsonNode.Parse("""{"triggers":[{"title":"Solved: rate us","active":true,"conditions":{"all":[{"field":"status","operator":"is","value":"solved"}]},"actions":[{"field":"notification_user","value":["requester_id","Thanks","{{satisfaction.rating_section}}"]}]}]}""")!.AsObject());
        var custom = long.Parse(created["triggers"]![0]!.ToString(), System.Globalization.CultureInfo.InvariantCulture);
        await control.ClearRequestsAsync();

        var refused = await UpAsync(Args("stella-prod-key", goLive: true));
        var writes = (await control.RequestsAsync()).Count(r => r.Method != "GET");
        var live = await UpAsync(Args("stella-prod-key", goLive: true, deactivateCustomCsatRules: true));

        Assert.False(refused.Succeeded);
        Assert.Contains(refused.Diagnostics, d => d.Detail.Contains($"trigger {custom} 'Solved: rate us'", StringComparison.Ordinal));
        Assert.Equal(0, writes);
        Assert.True(live.Succeeded, string.Join("\n", live.Diagnostics.Select(d => d.Detail)));
        Assert.False((await zendesk.Triggers.GetAsync(custom)).Active);
        Assert.False((await zendesk.Triggers.ListAsync().ToListAsync()).Single(t => t.Title == "Request customer satisfaction rating (messaging)").Active);
    }
}
