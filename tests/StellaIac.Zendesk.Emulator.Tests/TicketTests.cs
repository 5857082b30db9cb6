using System.Text.Json.Nodes;

namespace StellaIac.Zendesk.Emulator.Tests;

/// <summary>/api/v2/tickets: the shapes of Zendesk's OpenAPI file, and refusals that change nothing.</summary>
public sealed class TicketTests(EmulatorFixture zendesk) : EmulatorTestBase(zendesk)
{
    private static readonly string[] WriteOnly = ["assignee_email", "attribute_value_ids", "collaborators", "comment", "email_ccs", "followers", "macro_id", "macro_ids", "metadata", "requester", "safe_update", "updated_stamp", "via_followup_source_id", "via_id", "voice_comment"];

    [Fact]
    public async Task A_ticket_is_created_shown_listed_and_updated_with_and_without_json()
    {
        var created = await CreateAsync("/api/v2/tickets.json", """{"ticket":{"subject":"Printer","comment":{"body":"On fire"},"requester":{"name":"Pete","email":"pete@example.com","locale":"fr"},"via_id":29,"tags":["VIP","billing"]}}""", "ticket");
        var id = (long)created["id"]!;

        var shown = (await SendAsync(HttpMethod.Get, $"/api/v2/tickets/{id}")).Body!["ticket"]!;
        var (status, updated, _) = await SendAsync(HttpMethod.Put, $"/api/v2/tickets/{id}.json", """{"ticket":{"status":"solved","assignee_email":"agent@example.com"}}""");
        var listed = (await SendAsync(HttpMethod.Get, "/api/v2/tickets")).Body!["tickets"]!.AsArray();

        Assert.Equal("Printer", (string?)shown["subject"]);
        Assert.Equal("chat", (string?)shown["via"]!["channel"]);
        Assert.Equal(["vip", "billing"], shown["tags"]!.AsArray().Select(t => (string?)t));
        Assert.Equal(200, status);
        Assert.Equal("solved", (string?)updated!["ticket"]!["status"]);
        Assert.NotNull(updated["ticket"]!["assignee_id"]);
        Assert.Contains(updated["audit"]!["events"]!.AsArray(), e => (string?)e!["field_name"] == "status" && (string?)e["value"] == "solved" && (string?)e["previous_value"] == "new");
        Assert.Equal(id, (long)Assert.Single(listed)!["id"]!);
    }

    [Fact]
    public async Task A_ticket_carries_every_readable_field_of_TicketObject()
    {
        var ticket = await CreateAsync("/api/v2/tickets", """{"ticket":{"subject":"s","requester":{"name":"Pete"}}}""", "ticket");

        var missing = OpenApiDocument.Support.Properties("TicketObject").Except(WriteOnly).Where(name => !ticket.ContainsKey(name)).ToList();

        Assert.True(missing.Count == 0, $"missing {string.Join(", ", missing)}");
    }

    [Theory]
    [InlineData("""{"ticket":{"requester":{"name":"P"},"custom_fields":[{"id":999,"value":"x"}]}}""", "custom_fields[0]")]
    [InlineData("""{"ticket":{"requester":{"name":"P"},"via_id":999}}""", "via_id")]
    [InlineData("""{"ticket":{"requester":{"name":"P"},"status":"done"}}""", "status")]
    [InlineData("""{"ticket":{"requester":{"name":"P"},"brand_id":1}}""", "brand_id")]
    [InlineData("""{"ticket":{"subject":"no requester"}}""", "requester")]
    public async Task A_ticket_Zendesk_would_refuse_gets_422_naming_the_field_and_stores_nothing(string json, string field)
    {
        var (status, body, _) = await SendAsync(HttpMethod.Post, "/api/v2/tickets", json);

        Assert.Equal(422, status);
        Assert.True(body!["details"]![field] is not null, body.ToJsonString());
        Assert.Empty((await SendAsync(HttpMethod.Get, "/api/v2/tickets")).Body!["tickets"]!.AsArray());
    }

    [Fact]
    public async Task A_refused_update_leaves_the_ticket_as_it_was()
    {
        var ticket = await CreateAsync("/api/v2/tickets", """{"ticket":{"requester":{"name":"P"},"tags":["a"]}}""", "ticket");

        var (status, _, _) = await SendAsync(HttpMethod.Put, $"/api/v2/tickets/{ticket["id"]}", """{"ticket":{"tags":["b"],"status":"done"}}""");

        Assert.Equal(422, status);
        Assert.Equal("a", (string?)(await SendAsync(HttpMethod.Get, $"/api/v2/tickets/{ticket["id"]}")).Body!["ticket"]!["tags"]![0]);
    }

    [Fact]
    public async Task A_refused_create_does_not_rename_the_requester_it_names()
    {
        var webhook = await CreateAsync("/api/v2/webhooks", StellaWebhook(), "webhook");
        var body = "{\"channel\":\"email\",\"employee\":{\"email\":\"a@b.c\"},\"customer\":{\"name\":\"{{ticket.requester.name}}\"}}";
        await CreateAsync("/api/v2/triggers", new JsonObject { ["trigger"] = new JsonObject { ["title"] = "send", ["conditions"] = new JsonObject { ["all"] = new JsonArray(new JsonObject { ["field"] = "update_type", ["operator"] = "is", ["value"] = "Create" }) }, ["actions"] = new JsonArray(new JsonObject { ["field"] = "notification_webhook", ["value"] = new JsonArray((string)webhook["id"]!, body) }) } }.ToJsonString(), "trigger");
        await CreateAsync("/api/v2/tickets", """{"ticket":{"requester":{"name":"Pete","email":"pete@example.com"}}}""", "ticket");

        var (status, _, _) = await SendAsync(HttpMethod.Post, "/api/v2/tickets", """{"ticket":{"requester":{"name":"Someone else","email":"pete@example.com"},"status":"done"}}""");
        await CreateAsync("/api/v2/tickets", """{"ticket":{"requester":{"email":"pete@example.com"}}}""", "ticket");

        Assert.Equal(422, status);
        var names = (await Control.StellaDeliveriesAsync()).Select(d => (string?)d!["payload"]!["customer"]!["name"]);
        Assert.Equal(["Pete", "Pete"], names);
    }

    [Fact]
    public async Task A_ticked_checkbox_adds_its_tag_and_unticking_removes_it()
    {
        var field = await CreateAsync("/api/v2/ticket_fields", """{"ticket_field":{"type":"checkbox","title":"Do not send","tag":"no_survey"}}""", "ticket_field");
        var ticket = await CreateAsync("/api/v2/tickets", $$$"""{"ticket":{"requester":{"name":"P"},"custom_fields":[{"id":{{{field["id"]}}},"value":true}]}}""", "ticket");

        var unticked = (await SendAsync(HttpMethod.Put, $"/api/v2/tickets/{ticket["id"]}", $$$"""{"ticket":{"custom_fields":[{"id":{{{field["id"]}}},"value":false}]}}""")).Body!["ticket"]!;

        Assert.Contains("no_survey", ticket["tags"]!.AsArray().Select(t => (string?)t));
        Assert.Empty(unticked["tags"]!.AsArray());
    }

    [Fact]
    public async Task An_unknown_ticket_is_Zendesks_404()
        => Assert.Equal(404, (await SendAsync(HttpMethod.Get, "/api/v2/tickets/12345")).Status);
}
