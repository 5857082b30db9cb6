using System.Text.Json.Nodes;

namespace StellaIac.Zendesk.Emulator.Tests;

/// <summary>The emulator against Zendesk's own OpenAPI files: their request examples are accepted with the documented status, and answers carry every field the schemas list.</summary>
public sealed class OpenApiFidelityTests(EmulatorFixture zendesk) : EmulatorTestBase(zendesk)
{
    public static TheoryData<string, string> ExampleOperations => new()
    {
        { "POST", "/api/v2/triggers" },
        { "PUT", "/api/v2/triggers/{trigger_id}" },
        { "POST", "/api/v2/trigger_categories" },
        { "PATCH", "/api/v2/trigger_categories/{trigger_category_id}" },
        { "POST", "/api/v2/trigger_categories/jobs" },
    };

    [Theory]
    [MemberData(nameof(ExampleOperations))]
    public async Task A_request_example_is_accepted_with_the_documented_status(string method, string path)
    {
        await SeedWhatTheExamplesNameAsync();
        var example = OpenApiDocument.Support.RequestExample(method, path);

        var (status, body, _) = await SendAsync(new HttpMethod(method), path.Replace("{trigger_id}", "25", StringComparison.Ordinal).Replace("{trigger_category_id}", "10001", StringComparison.Ordinal), example);

        Assert.True(status == OpenApiDocument.Support.SuccessStatus(method, path), $"{method} {path} answered {status}: {body?.ToJsonString()}");
    }

    [Fact]
    public async Task A_trigger_carries_every_field_of_TriggerObject()
    {
        var trigger = await CreateAsync("/api/v2/triggers", """{"trigger":{"title":"t","conditions":{"all":[{"field":"status","operator":"is","value":"open"}]},"actions":[{"field":"status","value":"solved"}]}}""", "trigger");

        AssertCarries(OpenApiDocument.Support.Properties("TriggerObject"), trigger);
        AssertCarries(OpenApiDocument.Support.Properties("TriggerObject"), (await SendAsync(HttpMethod.Get, $"/api/v2/triggers/{trigger["id"]}")).Body!["trigger"]!.AsObject());
    }

    [Fact]
    public async Task A_ticket_field_carries_every_field_of_TicketFieldObject()
    {
        var field = await CreateAsync("/api/v2/ticket_fields", """{"ticket_field":{"type":"checkbox","title":"Do not Send Stella Connect Survey"}}""", "ticket_field");

        AssertCarries(OpenApiDocument.Support.Properties("TicketFieldObject"), field);
    }

    [Fact]
    public async Task A_trigger_category_carries_every_field_of_TriggerCategory()
        => AssertCarries(OpenApiDocument.Support.Properties("TriggerCategory"), await CreateAsync("/api/v2/trigger_categories", """{"trigger_category":{"name":"Stella Connect"}}""", "trigger_category"));

    [Fact]
    public async Task An_automation_carries_every_field_of_AutomationObject()
    {
        var automations = (await SendAsync(HttpMethod.Get, "/api/v2/automations")).Body!["automations"]!.AsArray();

        Assert.All(automations, a => AssertCarries(OpenApiDocument.Support.Properties("AutomationObject"), a!.AsObject()));
    }

    [Fact]
    public async Task A_brand_carries_every_field_of_BrandObject()
    {
        var brands = (await SendAsync(HttpMethod.Get, "/api/v2/brands")).Body!["brands"]!.AsArray();

        AssertCarries(OpenApiDocument.Support.Properties("BrandObject"), Assert.Single(brands)!.AsObject());
    }

    [Fact]
    public async Task An_http_target_carries_every_field_of_TargetHTTP()
    {
        await Control.SeedAsync(new JsonObject { ["targets"] = new JsonArray(new JsonObject { ["type"] = "http_target", ["title"] = "Stella Connect", ["target_url"] = "https://api.stellaconnect.net/v1/auth", ["method"] = "post", ["content_type"] = "application/json", ["username"] = "connect", ["password"] = "k" }) });

        var target = Assert.Single((await SendAsync(HttpMethod.Get, "/api/v2/targets")).Body!["targets"]!.AsArray())!.AsObject();

        AssertCarries(OpenApiDocument.Support.Properties("TargetHTTP").Union(OpenApiDocument.Support.Properties("TargetCommonFields")).ToHashSet(), target);
        Assert.Null(target["password"]);
    }

    [Fact]
    public async Task The_settings_carry_every_section_of_AccountSettingsObject()
        => AssertCarries(OpenApiDocument.Support.Properties("AccountSettingsObject"), (await SendAsync(HttpMethod.Get, "/api/v2/account/settings")).Body!["settings"]!.AsObject());

    [Fact]
    public async Task Definitions_carry_the_fields_of_their_schemas()
    {
        var definitions = (await SendAsync(HttpMethod.Get, "/api/v2/triggers/definitions")).Body!["definitions"]!.AsObject();

        AssertCarries(OpenApiDocument.Support.Properties("TriggerDefinitionObject"), definitions);
        Assert.All(definitions["conditions_all"]!.AsArray(), d => AssertCarries(OpenApiDocument.Support.Properties("TriggerConditionDefinitionObjectAll"), d!.AsObject()));
        Assert.All(definitions["actions"]!.AsArray(), d => AssertCarries(OpenApiDocument.Support.Properties("TriggerActionDefinitionObject"), d!.AsObject()));
    }

    [Fact]
    public async Task A_webhook_carries_every_field_of_the_Webhook_schema_but_its_credentials()
    {
        var created = await CreateAsync("/api/v2/webhooks", StellaWebhook(), "webhook");
        var read = (await SendAsync(HttpMethod.Get, $"/api/v2/webhooks/{created["id"]}")).Body!["webhook"]!.AsObject();

        AssertCarries(OpenApiDocument.Webhooks.Properties("Webhook"), read);
        Assert.Equal(["username"], read["authentication"]!["data"]!.AsObject().Select(d => d.Key));
        Assert.DoesNotContain("key-1", read.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_webhook_list_carries_the_pagination_fields()
    {
        await CreateAsync("/api/v2/webhooks", StellaWebhook(), "webhook");

        var list = (await SendAsync(HttpMethod.Get, "/api/v2/webhooks")).Body!.AsObject();

        AssertCarries(OpenApiDocument.Webhooks.Properties("WebhookListResponse"), list);
        AssertCarries(OpenApiDocument.Webhooks.Properties("PaginationMeta").Except(["count"]).ToHashSet(), list["meta"]!.AsObject());
    }

    [Theory]
    [InlineData("POST", "/webhooks", 201)]
    [InlineData("PUT", "/webhooks/{webhook_id}", 204)]
    [InlineData("PATCH", "/webhooks/{webhook_id}", 204)]
    [InlineData("DELETE", "/webhooks/{webhook_id}", 204)]
    public async Task Webhook_operations_answer_the_documented_status(string method, string path, int expected)
    {
        Assert.Equal(expected, OpenApiDocument.Webhooks.SuccessStatus(method, path));
        var id = (string)(await CreateAsync("/api/v2/webhooks", StellaWebhook(), "webhook"))["id"]!;
        var body = method is "PUT" or "PATCH" || (method == "POST") ? StellaWebhook() : null;

        var (status, answer, _) = await SendAsync(new HttpMethod(method), "/api/v2" + path.Replace("{webhook_id}", id, StringComparison.Ordinal), body);

        Assert.True(status == expected, $"{method} {path} answered {status}: {answer?.ToJsonString()}");
    }

    [Theory]
    [InlineData("POST", "/api/v2/ticket_fields")]
    [InlineData("DELETE", "/api/v2/ticket_fields/{ticket_field_id}")]
    [InlineData("DELETE", "/api/v2/triggers/{trigger_id}")]
    [InlineData("DELETE", "/api/v2/trigger_categories/{trigger_category_id}")]
    public async Task Support_operations_answer_the_documented_status(string method, string path)
    {
        var field = await CreateAsync("/api/v2/ticket_fields", """{"ticket_field":{"type":"text","title":"Order"}}""", "ticket_field");
        var category = await CreateAsync("/api/v2/trigger_categories", """{"trigger_category":{"name":"Empty"}}""", "trigger_category");
        var trigger = await CreateAsync("/api/v2/triggers", """{"trigger":{"title":"t","conditions":{"all":[{"field":"status","operator":"is","value":"open"}]},"actions":[{"field":"status","value":"solved"}]}}""", "trigger");
        var concrete = path.Replace("{ticket_field_id}", field["id"]!.ToString(), StringComparison.Ordinal)
            .Replace("{trigger_id}", trigger["id"]!.ToString(), StringComparison.Ordinal)
            .Replace("{trigger_category_id}", (string)category["id"]!, StringComparison.Ordinal);

        var (status, answer, _) = await SendAsync(new HttpMethod(method), concrete, method == "POST" ? """{"ticket_field":{"type":"checkbox","title":"Box"}}""" : null);

        Assert.True(status == OpenApiDocument.Support.SuccessStatus(method, path), $"{method} {path} answered {status}: {answer?.ToJsonString()}");
    }

    private Task<JsonObject> SeedWhatTheExamplesNameAsync() => Control.SeedAsync(new JsonObject
    {
        ["trigger_categories"] = new JsonArray(
            new JsonObject { ["id"] = "10001", ["name"] = "Email Triggers", ["position"] = 1 },
            new JsonObject { ["id"] = "10002", ["name"] = "SMS Triggers", ["position"] = 2 },
            new JsonObject { ["id"] = "10026", ["name"] = "Roger Wilco", ["position"] = 3 }),
        ["triggers"] = new JsonArray(
            new JsonObject { ["id"] = 25, ["title"] = "Close and Save", ["category_id"] = "10026" },
            new JsonObject { ["id"] = 10011, ["title"] = "Close and Save", ["category_id"] = "10001" },
            new JsonObject { ["id"] = 10012, ["title"] = "Notify Target", ["category_id"] = "10002" }),
    });

    private static void AssertCarries(IReadOnlySet<string> expected, JsonObject actual)
    {
        var missing = expected.Where(name => !actual.ContainsKey(name)).ToList();
        Assert.True(missing.Count == 0, $"missing {string.Join(", ", missing)} in {actual.ToJsonString()}");
    }
}
