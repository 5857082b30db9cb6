using System.Text.Json.Nodes;

namespace StellaIac.Zendesk.Emulator.Tests;

/// <summary>What Zendesk refuses, refused the way Zendesk refuses it.</summary>
public sealed class ValidationTests(EmulatorFixture zendesk) : EmulatorTestBase(zendesk)
{
    private const string SolvedEmail = """{"all":[{"field":"status","operator":"value","value":"solved"}],"any":[{"field":"via_id","operator":"is","value":4}]}""";

    [Theory]
    [InlineData("""{"trigger":{"conditions":{"all":[{"field":"status","operator":"is","value":"open"}]},"actions":[{"field":"status","value":"solved"}]}}""", "title")]
    [InlineData("""{"trigger":{"title":"t","actions":[{"field":"status","value":"solved"}]}}""", "Conditions")]
    [InlineData("""{"trigger":{"title":"t","conditions":{"all":[{"field":"status","operator":"is","value":"open"}]},"actions":[]}}""", "Actions")]
    public async Task A_trigger_missing_a_required_field_gets_RecordInvalid(string body, string named)
    {
        var (status, answer, _) = await SendAsync(HttpMethod.Post, "/api/v2/triggers", body);

        Assert.Equal(422, status);
        Assert.Equal("RecordInvalid", (string?)answer!["error"]);
        Assert.Contains(named, answer["details"]!.ToJsonString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_unknown_via_id_is_refused()
    {
        var (status, answer, _) = await SendAsync(HttpMethod.Post, "/api/v2/triggers", """{"trigger":{"title":"t","conditions":{"all":[{"field":"via_id","operator":"is","value":"99"}]},"actions":[{"field":"status","value":"solved"}]}}""");

        Assert.Equal(422, status);
        Assert.Contains("via_id 99 is not a channel", answer!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_custom_field_in_a_condition_is_refused()
    {
        var (status, answer, _) = await SendAsync(HttpMethod.Post, "/api/v2/triggers", """{"trigger":{"title":"t","conditions":{"all":[{"field":"custom_fields_123","operator":"is","value":"true"}]},"actions":[{"field":"status","value":"solved"}]}}""");

        Assert.Equal(422, status);
        Assert.Contains("custom_fields_123", answer!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_checkbox_condition_on_an_existing_field_is_accepted()
    {
        var field = await CreateAsync("/api/v2/ticket_fields", """{"ticket_field":{"type":"checkbox","title":"Do not Send Stella Connect Survey"}}""", "ticket_field");

        var (status, answer, _) = await SendAsync(HttpMethod.Post, "/api/v2/triggers", $$$$"""{"trigger":{"title":"t","conditions":{"all":[{"field":"custom_fields_{{{{field["id"]}}}}","operator":"is","value":"false"}]},"actions":[{"field":"custom_fields_{{{{field["id"]}}}}","value":"true"}]}}""");

        Assert.True(status == 201, answer?.ToJsonString());
    }

    [Fact]
    public async Task Notifying_a_webhook_not_subscribed_to_conditional_ticket_events_is_refused()
    {
        var events = await CreateAsync("/api/v2/webhooks", """{"webhook":{"name":"Events","endpoint":"https://example.com/e","http_method":"POST","request_format":"json","status":"active","subscriptions":["zen:event-type:user.deleted"]}}""", "webhook");

        var (status, answer, _) = await SendAsync(HttpMethod.Post, "/api/v2/triggers", $$$$"""{"trigger":{"title":"t","conditions":{{{{SolvedEmail}}}},"actions":[{"field":"notification_webhook","value":["{{{{events["id"]}}}}","{}"]}]}}""");

        Assert.Equal(422, status);
        Assert.Contains("conditional_ticket_events", answer!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Condition_values_are_answered_as_strings_and_target_ids_as_numbers()
    {
        await Control.SeedAsync(new JsonObject { ["targets"] = new JsonArray(new JsonObject { ["id"] = 555, ["type"] = "http_target", ["title"] = "Stella", ["target_url"] = "https://api.stellaconnect.net/v1/auth" }) });

        var trigger = await CreateAsync("/api/v2/triggers", $$$$"""{"trigger":{"title":"t","conditions":{{{{SolvedEmail}}}},"actions":[{"field":"notification_target","value":["555","{}"]}]}}""", "trigger");

        Assert.Equal("4", (string?)trigger["conditions"]!["any"]![0]!["value"]);
        Assert.Equal(555, (long)trigger["actions"]![0]!["value"]![0]!);
    }

    [Fact]
    public async Task A_checkbox_tag_used_by_another_field_is_refused()
    {
        await CreateAsync("/api/v2/ticket_fields", """{"ticket_field":{"type":"checkbox","title":"A","tag":"stella_dns"}}""", "ticket_field");

        var (status, answer, _) = await SendAsync(HttpMethod.Post, "/api/v2/ticket_fields", """{"ticket_field":{"type":"checkbox","title":"B","tag":"stella_dns"}}""");

        Assert.Equal(422, status);
        Assert.Contains("already used in a custom field", (string?)answer!["details"]!["base"]![0]!["description"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"ticket_field":{"title":"No type"}}""", "type")]
    [InlineData("""{"ticket_field":{"type":"checkbox"}}""", "title")]
    [InlineData("""{"ticket_field":{"type":"hologram","title":"x"}}""", "type")]
    public async Task A_ticket_field_without_a_valid_type_and_title_is_refused(string body, string field)
    {
        var (status, answer, _) = await SendAsync(HttpMethod.Post, "/api/v2/ticket_fields", body);

        Assert.Equal(422, status);
        Assert.NotNull(answer!["details"]![field]);
    }

    [Theory]
    [InlineData("name", "\"\"")]
    [InlineData("endpoint", "\"http://api.stellaconnect.net/v1/auth\"")]
    [InlineData("http_method", "\"SEND\"")]
    [InlineData("request_format", "\"yaml\"")]
    public async Task An_invalid_webhook_is_refused_with_the_field_pointed_at(string field, string value)
    {
        var body = JsonNode.Parse(StellaWebhook())!;
        body["webhook"]![field] = JsonNode.Parse(value);

        var (status, answer, _) = await SendAsync(HttpMethod.Post, "/api/v2/webhooks", body.ToJsonString());

        Assert.Equal(400, status);
        Assert.Equal($"/webhook/{field}", (string?)answer!["errors"]![0]!["source"]!["pointer"]);
    }

    [Fact]
    public async Task Basic_auth_without_a_password_is_refused()
    {
        var (status, answer, _) = await SendAsync(HttpMethod.Post, "/api/v2/webhooks", StellaWebhook(password: ""));

        Assert.Equal(400, status);
        Assert.Contains("authentication.data.password", answer!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reorder_is_refused_once_there_is_more_than_one_category()
    {
        var ids = (await SendAsync(HttpMethod.Get, "/api/v2/triggers")).Body!["triggers"]!.AsArray().Select(t => (long)t!["id"]!).Reverse().ToArray();
        var reorder = $"{{\"trigger_ids\":[{string.Join(',', ids)}]}}";

        var alone = await SendAsync(HttpMethod.Put, "/api/v2/triggers/reorder", reorder);
        await CreateAsync("/api/v2/trigger_categories", """{"trigger_category":{"name":"Stella Connect"}}""", "trigger_category");
        var (status, answer, _) = await SendAsync(HttpMethod.Put, "/api/v2/triggers/reorder", reorder);

        Assert.Equal(200, alone.Status);
        Assert.Equal(ids, alone.Body!["triggers"]!.AsArray().Select(t => (long)t!["id"]!));
        Assert.Equal(400, status);
        Assert.Equal("LimitOneCategory", (string?)answer!["errors"]![0]!["code"]);
    }

    [Fact]
    public async Task The_7000_active_trigger_cap_is_enforced()
    {
        await Control.SeedAsync(new JsonObject { ["generate"] = new JsonObject { ["triggers"] = 7000 - 2 } });

        var (status, answer, _) = await SendAsync(HttpMethod.Post, "/api/v2/triggers", """{"trigger":{"title":"one too many","conditions":{"all":[{"field":"status","operator":"is","value":"open"}]},"actions":[{"field":"status","value":"solved"}]}}""");
        var inactive = await SendAsync(HttpMethod.Post, "/api/v2/triggers", """{"trigger":{"title":"off","active":false,"conditions":{"all":[{"field":"status","operator":"is","value":"open"}]},"actions":[{"field":"status","value":"solved"}]}}""");

        Assert.Equal(422, status);
        Assert.Contains("7000 active triggers", answer!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(201, inactive.Status);
    }

    [Fact]
    public async Task Updating_conditions_without_actions_clears_the_actions_as_Zendesk_does()
    {
        var trigger = await CreateAsync("/api/v2/triggers", """{"trigger":{"title":"t","conditions":{"all":[{"field":"status","operator":"is","value":"open"}]},"actions":[{"field":"status","value":"solved"}]}}""", "trigger");

        var (status, answer, _) = await SendAsync(HttpMethod.Put, $"/api/v2/triggers/{trigger["id"]}", """{"trigger":{"conditions":{"all":[{"field":"status","operator":"is","value":"pending"}]}}}""");

        Assert.Equal(422, status);
        Assert.Contains("Actions", answer!.ToJsonString(), StringComparison.Ordinal);
    }
}
