using System.Text.Json.Nodes;
using StellaIac.Zendesk.Emulator.Pipeline;

namespace StellaIac.Zendesk.Emulator.Tests;

/// <summary>The /_emulator/ endpoints: request log, faults, seeding, reset.</summary>
public sealed class ControlTests(EmulatorFixture zendesk) : EmulatorTestBase(zendesk)
{
    [Fact]
    public async Task The_request_log_records_method_path_status_and_body_and_can_be_cleared()
    {
        await SendAsync(HttpMethod.Get, "/api/v2/brands.json");
        await SendAsync(HttpMethod.Post, "/api/v2/webhooks", StellaWebhook("secret-in-body"));

        var log = await Control.RequestsAsync();
        await Control.ClearRequestsAsync();

        Assert.Equal([("GET", "/api/v2/brands", 200), ("POST", "/api/v2/webhooks", 201)], log.Select(r => (r.Method, r.Path, r.Status)));
        Assert.Equal("[redacted]", (string?)log[1].Body!["webhook"]!["authentication"]!["data"]);
        Assert.DoesNotContain("secret-in-body", log[1].Body!.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(await Control.RequestsAsync());
    }

    [Fact]
    public async Task A_fault_answers_its_status_for_its_count_then_stops()
    {
        await Control.AddFaultAsync(new Fault { Method = "GET", Path = "/api/v2/brands", Status = 503, RetryAfterSeconds = 7, Times = 2 });

        var first = await SendAsync(HttpMethod.Get, "/api/v2/brands");
        var second = await SendAsync(HttpMethod.Get, "/api/v2/brands");
        var third = await SendAsync(HttpMethod.Get, "/api/v2/brands");

        Assert.Equal((503, 503, 200), (first.Status, second.Status, third.Status));
        Assert.Equal(TimeSpan.FromSeconds(7), first.Response.Headers.RetryAfter!.Delta);
    }

    [Fact]
    public async Task A_prefix_fault_drops_the_connection()
    {
        await Control.AddFaultAsync(new Fault { Path = "/api/v2/trigger*", Drop = true });

        await Assert.ThrowsAsync<HttpRequestException>(() => SendAsync(HttpMethod.Get, "/api/v2/trigger_categories"));

        Assert.Equal(0, Assert.Single(await Control.RequestsAsync()).Status);
    }

    [Fact]
    public async Task A_fault_after_handling_applies_the_request_and_loses_the_answer()
    {
        await Control.AddFaultAsync(new Fault { Method = "POST", Path = "/api/v2/trigger_categories", Status = 500, AfterHandling = true });

        var (status, _, _) = await SendAsync(HttpMethod.Post, "/api/v2/trigger_categories", """{"trigger_category":{"name":"Applied"}}""");

        Assert.Equal(500, status);
        Assert.Contains((await SendAsync(HttpMethod.Get, "/api/v2/trigger_categories")).Body!["trigger_categories"]!.AsArray(), c => (string?)c!["name"] == "Applied");
    }

    [Fact]
    public async Task A_delay_fault_slows_the_answer()
    {
        await Control.AddFaultAsync(new Fault { Path = "/api/v2/brands", DelayMs = 300 });
        var started = TimeProvider.System.GetTimestamp();

        var (status, _, _) = await SendAsync(HttpMethod.Get, "/api/v2/brands");

        Assert.Equal(200, status);
        Assert.True(TimeProvider.System.GetElapsedTime(started) >= TimeSpan.FromMilliseconds(290));
    }

    [Fact]
    public async Task Seeding_adds_explicit_and_generated_objects_in_one_call()
    {
        var created = await Control.SeedAsync(new JsonObject
        {
            ["trigger_categories"] = new JsonArray(new JsonObject { ["id"] = "777", ["name"] = "Seeded" }),
            ["triggers"] = new JsonArray(new JsonObject { ["title"] = "Legacy Stella trigger", ["category_id"] = "777" }),
            ["generate"] = new JsonObject { ["triggers"] = 250, ["webhooks"] = 3 },
        });

        Assert.Equal("777", (string?)created["trigger_categories"]![0]);
        Assert.Equal(251, created["triggers"]!.AsArray().Count);
        Assert.Equal(3, created["webhooks"]!.AsArray().Count);
        var inSeeded = (await SendAsync(HttpMethod.Get, "/api/v2/triggers?category_id=777")).Body!["triggers"]!.AsArray();
        Assert.Equal("Legacy Stella trigger", (string?)Assert.Single(inSeeded)!["title"]);
    }

    [Fact]
    public async Task Reset_brings_back_a_new_account()
    {
        await CreateAsync("/api/v2/trigger_categories", """{"trigger_category":{"name":"Gone after reset"}}""", "trigger_category");

        await Control.ResetAsync();

        Assert.Single((await SendAsync(HttpMethod.Get, "/api/v2/trigger_categories")).Body!["trigger_categories"]!.AsArray());
    }

    [Fact]
    public async Task A_fault_needs_something_to_do()
    {
        using var response = await new HttpClient { BaseAddress = Zendesk.Emulator.BaseAddress }.PostAsync(new Uri("_emulator/faults", UriKind.Relative), Json(new { path = "/api/v2/brands" }));

        Assert.Equal(400, (int)response.StatusCode);
    }

    [Theory]
    [InlineData("""{"generate":{"triggers":100000000}}""", "generate.triggers")]
    [InlineData("""{"generate":{"triggers":-1}}""", "generate.triggers")]
    [InlineData("""{"generate":{"tickets":5}}""", "generate.tickets")]
    [InlineData("""{"generate":5}""", "generate")]
    public async Task A_seed_past_its_caps_is_refused_at_once_naming_the_count(string body, string named)
    {
        var (status, answer, _) = await SendAsync(HttpMethod.Post, "/_emulator/seed", body);

        Assert.Equal(400, status);
        Assert.StartsWith(named + ":", (string?)answer!["description"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_past_the_size_cap_gets_413_with_a_message()
    {
        var huge = "{\"triggers\":[" + string.Join(',', Enumerable.Repeat("{\"title\":\"" + new string('x', 1000) + "\"}", 9000)) + "]}";

        var (status, answer, _) = await SendAsync(HttpMethod.Post, "/_emulator/seed", huge);

        Assert.Equal(413, status);
        Assert.Contains("larger than", (string?)answer!["description"], StringComparison.Ordinal);
        Assert.Empty((await SendAsync(HttpMethod.Get, "/api/v2/triggers?category_id=1")).Body!["triggers"]!.AsArray());
    }
}
