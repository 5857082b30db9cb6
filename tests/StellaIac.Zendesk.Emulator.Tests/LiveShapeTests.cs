using System.Text.Json.Nodes;

namespace StellaIac.Zendesk.Emulator.Tests;

/// <summary>Where the emulator answers as live Zendesk accounts do rather than as Zendesk's OpenAPI file says (issue #17).</summary>
public sealed class LiveShapeTests(EmulatorFixture zendesk) : EmulatorTestBase(zendesk)
{
    [Fact]
    public async Task Attempts_carry_status_code_completed_at_and_response_payload_newest_first()
    {
        var webhook = await CreateAsync("/api/v2/webhooks", StellaWebhook(), "webhook");
        var id = (string)webhook["id"]!;
        await Control.SeedAsync(new JsonObject
        {
            ["invocations"] = new JsonArray(new JsonObject
            {
                ["id"] = "01JINVOCATION0000000000001",
                ["webhook_id"] = id,
                ["attempts"] = new JsonArray(
                    Attempt("first", "2026-11-30T10:00:00Z"),
                    Attempt("third", "2026-11-30T10:20:00Z"),
                    Attempt("second", "2026-11-30T10:10:00Z")),
            }),
        });
        var delivered = await Control.DeliverAsync(id, "{\"channel\":\"email\"}");

        var seeded = (await SendAsync(HttpMethod.Get, $"/api/v2/webhooks/{id}/invocations/01JINVOCATION0000000000001/attempts")).Body!["attempts"]!.AsArray();
        var attempt = (await SendAsync(HttpMethod.Get, $"/api/v2/webhooks/{id}/invocations/{delivered["id"]}/attempts")).Body!["attempts"]![0]!;

        Assert.Equal(["third", "second", "first"], seeded.Select(a => (string?)a!["id"]));
        Assert.Equal(400, (int)attempt["status_code"]!);
        Assert.NotNull((string?)attempt["completed_at"]);
        Assert.Contains("employee", (string?)attempt["response"]!["payload"], StringComparison.Ordinal);
        Assert.Null(attempt["response_code"]);
    }

    [Fact]
    public async Task A_basic_auth_username_is_echoed_and_the_password_never()
    {
        var created = await CreateAsync("/api/v2/webhooks", StellaWebhook("secret-key-77"), "webhook");

        var (_, read, _) = await SendAsync(HttpMethod.Get, $"/api/v2/webhooks/{created["id"]}");

        var data = read!["webhook"]!["authentication"]!["data"]!.AsObject();
        Assert.Equal("connect", (string?)Assert.Single(data).Value);
        Assert.DoesNotContain("secret-key-77", read.ToJsonString(), StringComparison.Ordinal);
    }

    private static JsonObject Attempt(string id, string completedAt) => new()
    {
        ["id"] = id,
        ["status"] = "server error",
        ["status_code"] = 503,
        ["completed_at"] = completedAt,
        ["response"] = new JsonObject { ["payload"] = "busy" },
    };
}
