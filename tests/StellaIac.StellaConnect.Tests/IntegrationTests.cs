using System.Collections.Immutable;
using StellaIac.Engine.Testing;
using StellaIac.Engine.Values;
using StellaIac.StellaConnect.Channels;
using StellaIac.StellaConnect.Payloads;

namespace StellaIac.StellaConnect.Tests;

/// <summary>The component unit-tested with the engine's harness: which resources, titles, conditions, actions and order.</summary>
public sealed class IntegrationTests
{
    private static StellaConnectIntegrationArgs Args(bool goLive = false) => new()
    {
        ApiKey = "test-key-1",
        Channels = [StellaChannel.Chat(status: "pending"), StellaChannel.Email(conditions: [RuleCondition.TagIncludes("survey_ok")]), StellaChannel.Phone(includeCti: true), StellaChannel.Custom("SMS", [RuleCondition.Channel(57)])],
        Exclusions = [new ExclusionRule { All = [RuleCondition.TagIncludes("fraud")] }],
        GoLive = goLive,
    };

    private static async Task<ProgramTestResult> RunAsync(StellaConnectIntegrationArgs args)
    {
        var result = await ProgramTester.RunAsync(() => new StellaConnectIntegration("stella", args), options: new TestOptions { StackName = "test" });
        Assert.Empty(result.Failures);
        return result;
    }

    [Fact]
    public async Task It_declares_the_webhook_the_checkbox_the_category_the_triggers_and_their_order()
    {
        var result = await RunAsync(Args());

        var counts = result.Registrations.GroupBy(r => r.Type).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(
            new Dictionary<string, int>
            {
                ["stella:index:StellaConnectIntegration"] = 1, ["zendesk:index:Webhook"] = 1, ["zendesk:index:TicketField"] = 1, ["stella:index:StellaTriggers"] = 1,
                ["zendesk:index:TriggerCategory"] = 1, ["zendesk:index:Trigger"] = 5, ["zendesk:index:TriggerOrder"] = 1, ["zendesk:index:AccountSetting"] = 1,
            },
            counts);
        var webhook = result.Registration("stella-webhook").Inputs;
        Assert.Equal(("Stella Connect", "https://api.stellaconnect.net/v1/auth"), (webhook.GetString("name"), webhook.GetString("endpoint")));
        var auth = webhook["authentication"].TryGetMap(out var map) ? map : PropertyMap.Empty;
        Assert.Equal(("basic_auth", "connect"), (auth.GetString("type"), auth.GetString("username")));
        Assert.True(auth["password"].IsSecret);
        var field = result.Registration("stella-do-not-send").Inputs;
        Assert.Equal(("checkbox", "Do not Send Stella Connect Survey"), (field.GetString("type"), field.GetString("title")));
    }

    [Fact]
    public async Task Each_send_trigger_has_the_seeds_title_conditions_and_payload()
    {
        var result = await RunAsync(Args());

        var chat = result.Registration("stella-triggers-send-chat").Inputs;
        Assert.Equal("Send Stella Connect request for chat channel", chat.GetString("title"));
        Assert.Equal(["status value pending", "via_id is 29"], Conditions(chat, "all"));
        var email = result.Registration("stella-triggers-send-email").Inputs;
        Assert.Equal("Send Stella Connect request on ticket solved for email channel", email.GetString("title"));
        Assert.Equal(["status value solved", "current_tags includes survey_ok"], Conditions(email, "all"));
        Assert.Equal(["via_id is 0", "via_id is 4", "via_id is 48"], Conditions(email, "any"));
        Assert.Equal(["via_id is 34", "via_id is 35", "via_id is 33", "via_id is 45", "via_id is 46", "via_id is 44"], Conditions(result.Registration("stella-triggers-send-phone").Inputs, "any"));
        var sms = result.Registration("stella-triggers-send-custom-sms").Inputs;
        Assert.Equal("Send Stella Connect request on ticket solved for SMS", sms.GetString("title"));
        Assert.Equal(["status value solved", "via_id is 57"], Conditions(sms, "all"));
        var action = Single(email, "actions");
        Assert.Equal("notification_webhook", action.GetString("field"));
        var values = action["values"].TryGetArray(out var list) ? list : [];
        Assert.Equal("stella-webhook-id", values[0].TryGetString(out var hook) ? hook : null);
        Assert.Equal(StellaPayload.For("email", "stella-do-not-send-id"), values[1].TryGetString(out var body) ? body : null);
    }

    [Fact]
    public async Task Exclusions_tick_the_box_and_are_ordered_above_every_send()
    {
        var result = await RunAsync(Args());

        var exclusion = result.Registration("stella-triggers-exclusion-1").Inputs;
        Assert.Equal("Do not send Stella Connect request", exclusion.GetString("title"));
        Assert.Equal(["current_tags includes fraud"], Conditions(exclusion, "all"));
        var tick = Single(exclusion, "actions");
        Assert.Equal(("custom_fields_stella-do-not-send-id", "true"), (tick.GetString("field"), tick.GetString("value")));
        var order = result.Registration("stella-triggers-order").Inputs;
        var ids = order["triggerIds"].TryGetArray(out var items) ? items.Select(i => i.TryGetString(out var s) ? s : "").ToList() : [];
        Assert.Equal("stella-triggers-exclusion-1-id", ids[0]);
        Assert.Equal(5, ids.Count);
        Assert.All(ids.Skip(1), id => Assert.StartsWith("stella-triggers-send-", id, StringComparison.Ordinal));
        Assert.Equal("stella-triggers-category-id", order.GetString("categoryId"));
        Assert.All(result.Registrations.Where(r => r.Type == "zendesk:index:Trigger"), r => Assert.Equal("stella-triggers-category-id", r.Inputs.GetString("categoryId")));
    }

    [Fact]
    public async Task Going_live_turns_the_CSAT_automation_off_and_returns_the_checklist()
    {
        StellaConnectIntegration? integration = null;
        var result = await ProgramTester.RunAsync(() => integration = new StellaConnectIntegration("stella", Args(goLive: true)));

        var csat = result.Registration("stella-go-live-csat-off").Inputs;
        Assert.Equal(("default-csat", false), (csat.GetString("automation"), csat["active"].TryGetBool(out var active) && active));
        Assert.Contains(integration!.Checklist, c => c.Contains("Integrated Channel to On", StringComparison.Ordinal));
        Assert.Contains(integration.Checklist, c => c.Contains("Disable Satisfaction Rating", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Registrations, r => r.Name == "stella-go-live-csat-off" && !r.Urn.Contains("StellaGoLive", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_test_stack_leaves_CSAT_alone_and_has_no_checklist()
    {
        StellaConnectIntegration? integration = null;
        var result = await ProgramTester.RunAsync(() => integration = new StellaConnectIntegration("stella", Args()));

        Assert.DoesNotContain(result.Registrations, r => r.Type == "zendesk:index:AutomationActivation");
        Assert.Empty(integration!.Checklist);
    }

    [Fact]
    public async Task The_payload_variants_reach_every_send_trigger()
    {
        var result = await RunAsync(Args() with { Payload = new PayloadOptions { IncludeBrand = true, Hardened = true } });

        var body = Single(result.Registration("stella-triggers-send-phone").Inputs, "actions")["values"].TryGetArray(out var values) && values[1].TryGetString(out var text) ? text : "";
        Assert.Contains("\"brand\": ", body, StringComparison.Ordinal);
        Assert.Contains("replace: '\"'", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_warnings_of_the_seeds_payload_are_reported_and_the_hardened_mode_clears_them()
    {
        StellaConnectIntegration? plain = null;
        StellaConnectIntegration? hardened = null;
        await ProgramTester.RunAsync(() => plain = new StellaConnectIntegration("stella", Args()));
        await ProgramTester.RunAsync(() => hardened = new StellaConnectIntegration("stella", Args() with { Payload = new PayloadOptions { Hardened = true } }));

        Assert.Contains(plain!.Findings, f => f.Summary == "The payload breaks on a name with double quotes");
        Assert.DoesNotContain(hardened!.Findings, f => f.Code == StellaDiagnosticCodes.PayloadBreaks);
    }

    private static List<string> Conditions(ImmutableDictionary<string, PropertyValue> trigger, string set)
        => trigger["conditions"].TryGetMap(out var map) && map[set].TryGetArray(out var items)
            ? [.. items.Select(i => i.TryGetMap(out var c) ? $"{c.GetString("field")} {c.GetString("operator")} {c.GetString("value")}" : "")]
            : [];

    private static ImmutableDictionary<string, PropertyValue> Single(ImmutableDictionary<string, PropertyValue> trigger, string list)
        => trigger[list].TryGetArray(out var items) && Assert.Single(items).TryGetMap(out var map) ? map : PropertyMap.Empty;
}
