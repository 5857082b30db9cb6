using System.Text.Json.Nodes;

namespace StellaIac.Zendesk.Emulator.Tests;

/// <summary>Zendesk's trigger cycle on ticket creates and updates: order, conditions, actions, repeats, notifications.</summary>
public sealed class TriggerCycleTests(EmulatorFixture zendesk) : EmulatorTestBase(zendesk)
{
    [Fact]
    public async Task Triggers_fire_in_category_then_position_order_and_see_earlier_changes()
    {
        var late = await CategoryAsync("Late", 5);
        var early = await CategoryAsync("Early", 1);
        await TriggerAsync("tag on solve", late, [Condition("status", "value", "solved")], [Action("current_tags", "solved_once")]);
        await TriggerAsync("mark vip", early, [Condition("current_tags", "includes", "vip")], [Action("current_tags", "marked")]);
        await TriggerAsync("after mark", early, [Condition("current_tags", "includes", "marked")], [Action("priority", "high")]);

        var ticket = await TicketAsync("""{"requester":{"name":"P"},"tags":["vip"],"status":"solved"}""");
        var run = await LastRunAsync(ticket);

        Assert.Equal(["mark vip", "after mark", "tag on solve"], Titles(run));
        Assert.Equal("high", (string?)ticket["priority"]);
    }

    [Fact]
    public async Task The_cycle_repeats_so_an_earlier_trigger_sees_a_later_ones_change_and_each_fires_once()
    {
        var category = await CategoryAsync("Stella", 1);
        await TriggerAsync("needs flag", category, [Condition("current_tags", "includes", "flag")], [Action("current_tags", "seen")]);
        await TriggerAsync("sets flag", category, [Condition("update_type", "is", "Create")], [Action("current_tags", "flag")]);

        var ticket = await TicketAsync("""{"requester":{"name":"P"}}""");

        Assert.Equal(["sets flag", "needs flag"], Titles(await LastRunAsync(ticket)));
        Assert.Equal(["flag", "seen"], ticket["tags"]!.AsArray().Select(t => (string?)t));
    }

    [Theory]
    [InlineData("status", "value", "solved", """{"status":"solved"}""", true)]
    [InlineData("status", "value", "solved", """{"status":"pending"}""", false)]
    [InlineData("status", "value_previous", "open", """{"status":"solved"}""", true)]
    [InlineData("status", "not_changed", "", """{"priority":"low"}""", true)]
    [InlineData("status", "not_changed", "", """{"status":"solved"}""", false)]
    [InlineData("status", "less_than", "solved", """{"status":"pending"}""", true)]
    [InlineData("via_id", "is", "29", """{"status":"solved"}""", true)]
    [InlineData("via_id", "is_not", "29", """{"status":"solved"}""", false)]
    [InlineData("update_type", "is", "Change", """{"status":"solved"}""", true)]
    [InlineData("current_tags", "not_includes", "fraud dupe", """{"tags":["dupe"]}""", false)]
    [InlineData("assignee_id", "changed", "", """{"assignee_email":"a@example.com"}""", true)]
    public async Task A_condition_on_an_update_holds_as_in_Zendesk(string field, string op, string value, string change, bool fires)
    {
        var category = await CategoryAsync("C", 1);
        await TriggerAsync("probe", category, [Condition(field, op, value)], [Action("current_tags", "probed")]);
        var ticket = await TicketAsync("""{"requester":{"name":"P"},"via_id":29,"status":"open"}""");

        var updated = (await SendAsync(HttpMethod.Put, $"/api/v2/tickets/{ticket["id"]}", $"{{\"ticket\":{change}}}")).Body!["ticket"]!.AsObject();

        Assert.Equal(fires, Titles(await LastRunAsync(updated)).Contains("probe"));
    }

    [Fact]
    public async Task A_custom_field_condition_and_action_follow_the_field()
    {
        var field = await CreateAsync("/api/v2/ticket_fields", """{"ticket_field":{"type":"checkbox","title":"Do not send"}}""", "ticket_field");
        var category = await CategoryAsync("C", 1);
        await TriggerAsync("tick", category, [Condition("current_tags", "includes", "fraud")], [Action($"custom_fields_{field["id"]}", "true")]);
        await TriggerAsync("ticked", category, [Condition($"custom_fields_{field["id"]}", "is", "true")], [Action("current_tags", "excluded")]);

        var excluded = await TicketAsync("""{"requester":{"name":"P"},"tags":["fraud"]}""");
        var ordinary = await TicketAsync("""{"requester":{"name":"P"}}""");

        Assert.Contains("excluded", excluded["tags"]!.AsArray().Select(t => (string?)t));
        Assert.Empty(Titles(await LastRunAsync(ordinary)));
    }

    [Fact]
    public async Task A_webhook_notification_renders_the_placeholders_and_is_recorded_as_an_invocation()
    {
        var webhook = await CreateAsync("/api/v2/webhooks", StellaWebhook(), "webhook");
        var category = await CategoryAsync("C", 1);
        const string body = "{\"channel\":\"email\",\"employee\":{\"email\":\"{{ticket.assignee.email}}\"},\"customer\":{\"name\":\"{{ticket.requester.name}}\",\"email\":\"{{ticket.requester.email}}\"},\"ext_interaction_id\":\"{{ticket.id}}\",\"external_url\":\"{{ticket.link}}\",\"brand\":\"{{ticket.brand.name}}\",\"language\":\"{{ticket.requester.locale}}\",\"tags\":[\"{{ticket.tags}}\"]}";
        var trigger = await TriggerAsync("send", category, [Condition("status", "value", "solved")], [new JsonObject { ["field"] = "notification_webhook", ["value"] = new JsonArray((string)webhook["id"]!, body) }]);

        var ticket = await TicketAsync("""{"requester":{"name":"Pete","email":"pete@example.com","locale":"de"},"assignee_email":"agent@example.com","status":"solved","tags":["vip"]}""");
        var notification = WebhookNotification(await LastRunAsync(ticket));
        var delivered = JsonNode.Parse((string)notification["body"]!)!;
        var invocation = Assert.Single((await SendAsync(HttpMethod.Get, $"/api/v2/webhooks/{webhook["id"]}/invocations")).Body!["invocations"]!.AsArray())!;
        var stella = Assert.Single(await Control.StellaDeliveriesAsync())!;

        Assert.True((bool)notification["accepted"]!, notification.ToJsonString());
        Assert.Equal("Pete", (string?)delivered["customer"]!["name"]);
        Assert.Equal("agent@example.com", (string?)delivered["employee"]!["email"]);
        Assert.Equal(((long)ticket["id"]!).ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)delivered["ext_interaction_id"]);
        Assert.EndsWith($"/agent/tickets/{ticket["id"]}", (string?)delivered["external_url"], StringComparison.Ordinal);
        Assert.Equal("Emulator", (string?)delivered["brand"]);
        Assert.Equal("de", (string?)delivered["language"]);
        Assert.Equal("success", (string?)invocation["status"]);
        Assert.Equal((long)ticket["id"]!, (long)stella["ticket_id"]!);
        Assert.Equal((string?)trigger["id"]?.ToString(), stella["trigger_id"]?.ToString());
    }

    [Fact]
    public async Task A_refused_delivery_is_a_failed_invocation()
    {
        var webhook = await CreateAsync("/api/v2/webhooks", StellaWebhook(), "webhook");
        var category = await CategoryAsync("C", 1);
        await TriggerAsync("send", category, [Condition("update_type", "is", "Create")], [new JsonObject { ["field"] = "notification_webhook", ["value"] = new JsonArray((string)webhook["id"]!, "{\"channel\":\"email\",\"employee\":{\"email\":\"a@b.c\"},\"customer\":{\"name\":\"{{ticket.requester.name}}\"}}") }]);

        var ticket = await TicketAsync("""{"requester":{"name":"Pete \"The Rock\""}}""");
        var notification = WebhookNotification(await LastRunAsync(ticket));
        var invocation = Assert.Single((await SendAsync(HttpMethod.Get, $"/api/v2/webhooks/{webhook["id"]}/invocations")).Body!["invocations"]!.AsArray())!;

        Assert.False((bool)notification["accepted"]!);
        Assert.Equal(400, (int)notification["response_code"]!);
        Assert.Equal("client error", (string?)invocation["status"]);
    }

    [Fact]
    public async Task A_condition_or_action_the_emulator_cannot_evaluate_is_reported_on_the_run()
    {
        var category = await CategoryAsync("C", 1);
        await TriggerAsync("unknowable", category, [Condition("subject_includes_word", "includes", "refund")], [Action("current_tags", "x")]);
        await TriggerAsync("odd action", category, [Condition("update_type", "is", "Create")], [Action("satisfaction_score", "offered")]);

        var run = await LastRunAsync(await TicketAsync("""{"requester":{"name":"P"}}"""));
        var unsupported = run["unsupported"]!.AsArray().Select(u => $"{u!["trigger_title"]}: {u["unsupported"]}").ToList();

        Assert.Contains("unknowable: condition subject_includes_word includes refund", unsupported);
        Assert.Contains("odd action: action satisfaction_score", unsupported);
        Assert.DoesNotContain("unknowable", Titles(run));
    }

    [Fact]
    public async Task Inactive_triggers_do_not_fire()
    {
        var category = await CategoryAsync("C", 1);
        var trigger = await TriggerAsync("off", category, [Condition("update_type", "is", "Create")], [Action("current_tags", "x")]);
        await SendAsync(HttpMethod.Put, $"/api/v2/triggers/{trigger["id"]}", """{"trigger":{"active":false}}""");

        Assert.DoesNotContain("off", Titles(await LastRunAsync(await TicketAsync("""{"requester":{"name":"P"}}"""))));
    }

    private static JsonObject Condition(string field, string op, string value) => new() { ["field"] = field, ["operator"] = op, ["value"] = value };

    private static JsonObject Action(string field, string value) => new() { ["field"] = field, ["value"] = value };

    /// <summary>The triggers that fired, less the two every new account holds (they notify by email).</summary>
    private static List<string?> Titles(JsonObject run)
        => [.. run["fired"]!.AsArray().Select(t => (string?)t!["title"]).Where(t => t is not ("Notify requester and CCs of received request" or "Notify assignee of comment update"))];

    private static JsonObject WebhookNotification(JsonObject run) => Assert.Single(run["notifications"]!.AsArray(), n => (string?)n!["kind"] == "webhook")!.AsObject();

    private async Task<string> CategoryAsync(string name, int position)
        => (string)(await CreateAsync("/api/v2/trigger_categories", $$$"""{"trigger_category":{"name":"{{{name}}}","position":{{{position}}}}}""", "trigger_category"))["id"]!;

    private Task<JsonObject> TriggerAsync(string title, string category, JsonObject[] all, JsonObject[] actions)
        => CreateAsync("/api/v2/triggers", new JsonObject { ["trigger"] = new JsonObject { ["title"] = title, ["category_id"] = category, ["conditions"] = new JsonObject { ["all"] = new JsonArray(all), ["any"] = new JsonArray() }, ["actions"] = new JsonArray(actions) } }.ToJsonString(), "trigger");

    private Task<JsonObject> TicketAsync(string ticket) => CreateAsync("/api/v2/tickets", $"{{\"ticket\":{ticket}}}", "ticket");

    private async Task<JsonObject> LastRunAsync(JsonObject ticket) => (await Control.TriggerRunsAsync((long)ticket["id"]!))[^1]!.AsObject();
}
