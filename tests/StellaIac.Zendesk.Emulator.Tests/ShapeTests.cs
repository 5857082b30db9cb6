namespace StellaIac.Zendesk.Emulator.Tests;

/// <summary>A body of the wrong JSON shape is refused with a 4xx and a body naming the property, and nothing is stored.</summary>
public sealed class ShapeTests(EmulatorFixture zendesk) : EmulatorTestBase(zendesk)
{
    private const string Actions = """[{"field":"status","value":"solved"}]""";

    [Theory]
    [InlineData("""{"trigger":{"title":"t","conditions":{"all":"status is solved"},"actions":[{"field":"status","value":"solved"}]}}""", "conditions.all")]
    [InlineData("""{"trigger":{"title":"t","conditions":{"all":[["status","is","solved"]]},"actions":[{"field":"status","value":"solved"}]}}""", "conditions.all[0]")]
    [InlineData("""{"trigger":{"title":"t","conditions":{"any":[{"field":7,"operator":"is","value":"4"}]},"actions":[{"field":"status","value":"solved"}]}}""", "conditions.any[0].field")]
    [InlineData("""{"trigger":{"title":"t","conditions":[],"actions":[{"field":"status","value":"solved"}]}}""", "conditions")]
    [InlineData("""{"trigger":{"title":"t","conditions":{"all":[{"field":"status","operator":"is","value":"open"}]},"actions":{"field":"status"}}}""", "actions")]
    [InlineData("""{"trigger":{"title":"t","active":"maybe","conditions":{"all":[{"field":"status","operator":"is","value":"open"}]},"actions":[{"field":"status","value":"solved"}]}}""", "active")]
    [InlineData("""{"trigger":{"title":["t"],"conditions":{"all":[{"field":"status","operator":"is","value":"open"}]},"actions":[{"field":"status","value":"solved"}]}}""", "title")]
    public async Task A_trigger_of_the_wrong_shape_gets_RecordInvalid_naming_the_property(string body, string property)
    {
        var (status, answer, _) = await SendAsync(HttpMethod.Post, "/api/v2/triggers", body);

        Assert.Equal(422, status);
        Assert.Equal("RecordInvalid", (string?)answer!["error"]);
        Assert.NotNull(answer["details"]![property]);
        var (_, listed, _) = await SendAsync(HttpMethod.Get, "/api/v2/triggers?active=true");
        Assert.DoesNotContain(listed!["triggers"]!.AsArray(), t => (string?)t!["title"] == "t");
    }

    [Fact]
    public async Task An_automation_active_maybe_is_refused_and_not_stored()
    {
        var (_, listed, _) = await SendAsync(HttpMethod.Get, "/api/v2/automations");
        var automation = listed!["automations"]![0]!;

        var (status, answer, _) = await SendAsync(HttpMethod.Put, $"/api/v2/automations/{automation["id"]}", """{"automation":{"active":"maybe"}}""");
        var (_, after, _) = await SendAsync(HttpMethod.Get, $"/api/v2/automations/{automation["id"]}");

        Assert.Equal(422, status);
        Assert.Contains("true or false", answer!["details"]!["active"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(automation["active"]!.ToJsonString(), after!["automation"]!["active"]!.ToJsonString());
    }

    [Fact]
    public async Task A_webhook_with_subscriptions_not_a_list_gets_400_with_the_pointer()
    {
        var (status, answer, _) = await SendAsync(HttpMethod.Post, "/api/v2/webhooks", """{"webhook":{"name":"w","endpoint":"https://example.com/w","http_method":"POST","request_format":"json","status":"active","subscriptions":"conditional_ticket_events"}}""");

        Assert.Equal(400, status);
        Assert.Equal("/webhook/subscriptions", (string?)answer!["errors"]![0]!["source"]!["pointer"]);
    }

    [Fact]
    public async Task A_ticket_field_with_a_text_required_flag_is_refused()
    {
        var (status, answer, _) = await SendAsync(HttpMethod.Post, "/api/v2/ticket_fields", """{"ticket_field":{"type":"checkbox","title":"f","required":"yes"}}""");

        Assert.Equal(422, status);
        Assert.NotNull(answer!["details"]!["required"]);
    }

    [Fact]
    public async Task A_trigger_category_with_a_fractional_position_is_refused()
    {
        var (status, answer, _) = await SendAsync(HttpMethod.Post, "/api/v2/trigger_categories", """{"trigger_category":{"name":"c","position":1.5}}""");

        Assert.Equal(400, status);
        Assert.Contains("position: must be a whole number", answer!["errors"]![0]!["title"]!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_well_formed_trigger_is_still_created()
    {
        var (status, answer, _) = await SendAsync(HttpMethod.Post, "/api/v2/triggers", $$$"""{"trigger":{"title":"ok","active":true,"conditions":{"all":[{"field":"status","operator":"is","value":"open"}],"any":[]},"actions":{{{Actions}}}}}""");

        Assert.True(status == 201, answer?.ToJsonString());
    }
}
