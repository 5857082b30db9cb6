using System.Text.Json.Nodes;
using StellaIac.Zendesk.Errors;
using StellaIac.Zendesk.Webhooks;

namespace StellaIac.Zendesk.Tests.Webhooks;

public sealed class WebhooksClientTests(KeyedEmulatorFixture zendesk) : ZendeskTestBase(zendesk)
{
    private static WebhookContent Stella(string key = TestKeys.StellaTest) => new()
    {
        Name = "Stella Connect",
        Endpoint = "https://api.stellaconnect.net/v1/auth",
        Authentication = WebhookAuthentication.Basic("connect", key),
    };

    [Fact]
    public async Task Create_posts_the_webhook_and_reads_it_back_with_the_username_only()
    {
        var created = await Client.Webhooks.CreateAsync(Stella());

        Assert.Equal(26, created.Id.Length);
        Assert.Equal("Stella Connect", created.Name);
        Assert.Equal(["conditional_ticket_events"], created.Subscriptions);
        Assert.Equal("basic_auth", created.Authentication!.Type);
        Assert.Equal("connect", Assert.Single(created.Authentication.Data!, d => d.Key == "username").Value);
        Assert.Single(created.Authentication.Data!);

        var request = Assert.Single(await Control.RequestsAsync());
        Assert.Equal(("POST", "/api/v2/webhooks", 201), (request.Method, request.Path, request.Status));
        var sent = request.Body!["webhook"]!;
        Assert.Equal("POST", (string?)sent["http_method"]);
        Assert.Equal("json", (string?)sent["request_format"]);
        Assert.Equal("active", (string?)sent["status"]);
        Assert.Equal("[redacted]", (string?)sent["authentication"]!["data"]);
    }

    [Fact]
    public async Task Get_returns_the_webhook_and_a_missing_one_is_not_found()
    {
        var created = await Client.Webhooks.CreateAsync(Stella());

        var read = await Client.Webhooks.GetAsync(created.Id);
        var missing = await Assert.ThrowsAsync<ZendeskNotFoundException>(() => Client.Webhooks.GetAsync("01HZZZZZZZZZZZZZZZZZZZZZZZ"));

        Assert.Equal(created.Endpoint, read.Endpoint);
        Assert.Contains("GET /api/v2/webhooks/01HZZZZZZZZZZZZZZZZZZZZZZZ", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_follows_cursor_pages_and_filters_by_name()
    {
        await Control.SeedAsync(new JsonObject { ["generate"] = new JsonObject { ["webhooks"] = 130 } });
        await Client.Webhooks.CreateAsync(Stella());
        await Control.ClearRequestsAsync();

        var all = await Client.Webhooks.ListAsync().ToListAsync();
        var stella = await Client.Webhooks.ListAsync(new WebhookFilter { NameContains = "stella" }).ToListAsync();

        Assert.Equal(131, all.Count);
        Assert.Equal(131, all.Select(w => w.Id).Distinct().Count());
        Assert.Equal("Stella Connect", Assert.Single(stella).Name);
        var seen = await SeenAsync();
        Assert.Equal(3, seen.Count);
        Assert.StartsWith("GET /api/v2/webhooks?page%5Bsize%5D=100", seen[0], StringComparison.Ordinal);
        Assert.Contains("page%5Bafter%5D=", seen[1], StringComparison.Ordinal);
        Assert.Contains("filter%5Bname_contains%5D=stella", seen[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_puts_the_whole_webhook_and_keeps_credentials_when_left_out()
    {
        var created = await Client.Webhooks.CreateAsync(Stella());

        var updated = await Client.Webhooks.UpdateAsync(created.Id, Stella() with { Name = "Stella Connect (prod)", Authentication = null });

        Assert.Equal("Stella Connect (prod)", updated.Name);
        Assert.Equal("basic_auth", updated.Authentication?.Type);
        Assert.Equal(["POST /api/v2/webhooks", $"PUT /api/v2/webhooks/{created.Id}", $"GET /api/v2/webhooks/{created.Id}"], await SeenAsync());
        Assert.Equal(204, (await Control.RequestsAsync())[1].Status);
        var test = await Client.Webhooks.TestAsync(new WebhookTest { Payload = StellaSample }, created.Id);
        Assert.Equal(200, test.Status);
    }

    [Fact]
    public async Task Patch_changes_only_what_it_names()
    {
        var created = await Client.Webhooks.CreateAsync(Stella() with { Description = "surveys" });

        var patched = await Client.Webhooks.PatchAsync(created.Id, new WebhookPatch { Status = "inactive" });

        Assert.Equal("inactive", patched.Status);
        Assert.Equal("surveys", patched.Description);
        Assert.Equal("PATCH", (await Control.RequestsAsync())[1].Method);
    }

    [Fact]
    public async Task Delete_removes_the_webhook()
    {
        var created = await Client.Webhooks.CreateAsync(Stella());

        await Client.Webhooks.DeleteAsync(created.Id);

        await Assert.ThrowsAsync<ZendeskNotFoundException>(() => Client.Webhooks.GetAsync(created.Id));
        Assert.Equal(204, (await Control.RequestsAsync())[1].Status);
    }

    [Fact]
    public async Task Changing_the_connection_method_is_refused_with_the_field_named()
    {
        var created = await Client.Webhooks.CreateAsync(Stella());

        var refused = await Assert.ThrowsAsync<ZendeskValidationException>(() => Client.Webhooks.PatchAsync(created.Id, new WebhookPatch { Subscriptions = ["zen:event-type:user.deleted"] }));

        Assert.Contains(refused.Details, d => d.Field == "/webhook/subscriptions" && d.Description.Contains("connection method", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_http_endpoint_is_refused_and_the_password_is_not_in_the_message()
    {
        var refused = await Assert.ThrowsAsync<ZendeskValidationException>(() => Client.Webhooks.CreateAsync(Stella() with { Endpoint = "http://api.stellaconnect.net/v1/auth" }));

        Assert.Contains("https", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(TestKeys.StellaTest, refused.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Test_delivers_Stellas_sample_through_the_webhook_and_reports_the_answer()
    {
        var created = await Client.Webhooks.CreateAsync(Stella());

        var accepted = await Client.Webhooks.TestAsync(new WebhookTest { Payload = StellaSample }, created.Id);
        var refused = await Client.Webhooks.TestAsync(new WebhookTest
        {
            Endpoint = "https://api.stellaconnect.net/v1/auth",
            Payload = StellaSample,
            Authentication = WebhookAuthentication.Basic("connect", "not-a-key"),
        });

        Assert.Equal(200, accepted.Status);
        Assert.Contains("pete@stellaservice.com", accepted.Body, StringComparison.Ordinal);
        Assert.Equal(403, refused.Status);
        var deliveries = await Control.StellaDeliveriesAsync();
        Assert.Equal(2, deliveries.Count);
        Assert.DoesNotContain(TestKeys.StellaTest, deliveries.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal($"POST /api/v2/webhooks/test?webhook_id={created.Id}", (await SeenAsync())[1]);
    }

    [Fact]
    public async Task Invocations_list_deliveries_with_their_attempts()
    {
        var created = await Client.Webhooks.CreateAsync(Stella());
        await Control.DeliverAsync(created.Id, StellaSample);
        await Control.DeliverAsync(created.Id, "{\"channel\":\"email\"}");

        var invocations = await Client.Webhooks.ListInvocationsAsync(created.Id).ToListAsync();
        var failed = Assert.Single(invocations, i => i.Failed);
        var attempts = await Client.Webhooks.ListInvocationAttemptsAsync(created.Id, failed.Id);
        var onlyFailures = await Client.Webhooks.ListInvocationsAsync(created.Id, new InvocationFilter { Status = "client error" }).ToListAsync();

        Assert.Equal(2, invocations.Count);
        Assert.Equal("client error", failed.Status);
        Assert.Equal(400, Assert.Single(attempts).Code);
        Assert.Contains("employee", attempts[0].Body, StringComparison.Ordinal);
        Assert.NotNull(attempts[0].At);
        Assert.Equal(failed.Id, Assert.Single(onlyFailures).Id);
    }

    [Fact]
    public async Task Attempts_come_newest_first_under_the_recorded_names_or_the_documented_ones()
    {
        var created = await Client.Webhooks.CreateAsync(Stella());
        await Control.SeedAsync(new JsonObject
        {
            ["invocations"] = new JsonArray(new JsonObject
            {
                ["id"] = "01JINVOCATION0000000000001",
                ["webhook_id"] = created.Id,
                ["attempts"] = new JsonArray(
                    new JsonObject { ["id"] = "documented", ["status"] = "server error", ["response_code"] = 500, ["response_body"] = "old", ["created_at"] = "2026-11-30T10:30:00Z" },
                    new JsonObject { ["id"] = "oldest", ["status"] = "timeout", ["status_code"] = 504, ["completed_at"] = "2026-11-30T10:00:00Z" },
                    new JsonObject { ["id"] = "recorded", ["status"] = "client error", ["status_code"] = 401, ["completed_at"] = "2026-11-30T10:40:00Z", ["response"] = new JsonObject { ["payload"] = new JsonObject { ["error"] = "bad key" } } }),
            }),
        });

        var attempts = await Client.Webhooks.ListInvocationAttemptsAsync(created.Id, "01JINVOCATION0000000000001");

        Assert.Equal(["recorded", "documented", "oldest"], attempts.Select(a => a.Id));
        Assert.Equal((401, "{\"error\":\"bad key\"}"), (attempts[0].Code, attempts[0].Body));
        Assert.Equal((500, "old", DateTimeOffset.Parse("2026-11-30T10:30:00Z", System.Globalization.CultureInfo.InvariantCulture)), (attempts[1].Code, attempts[1].Body, attempts[1].At));
    }

    [Fact]
    public async Task An_invocation_listed_twice_is_read_once()
    {
        var created = await Client.Webhooks.CreateAsync(Stella());
        var twice = new JsonObject { ["id"] = "01JINVOCATION0000000000002", ["webhook_id"] = created.Id };
        await Control.SeedAsync(new JsonObject { ["invocations"] = new JsonArray(twice, twice.DeepClone(), new JsonObject { ["webhook_id"] = created.Id }) });

        var invocations = await Client.Webhooks.ListInvocationsAsync(created.Id).ToListAsync();

        Assert.Equal(2, invocations.Count);
        Assert.Single(invocations, i => i.Id == "01JINVOCATION0000000000002");
    }

    private const string StellaSample = "{ \"customer\": { \"name\": \"pete\", \"email\": \"pete@stellaservice.com\" }, \"do_not_send\": true, \"employee\": { \"email\": \"pete.sellar@stellaservice.com\" }, \"channel\": \"phone\" }";
}
