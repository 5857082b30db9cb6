using System.Text.Json.Nodes;
using StellaIac.Zendesk.Emulator.Stella;

namespace StellaIac.Zendesk.Emulator.Tests;

/// <summary>The in-process Stella Connect endpoint behind webhook deliveries and tests.</summary>
public sealed class StellaEndpointTests(EmulatorFixture zendesk) : EmulatorTestBase(zendesk)
{
    private const string Sample = "{ \"customer\": { \"name\": \"pete\", \"email\": \"pete@stellaservice.com\" }, \"do_not_send\": true, \"employee\": { \"email\": \"pete.sellar@stellaservice.com\" }, \"channel\": \"phone\" }";

    [Fact]
    public async Task The_seeds_test_payload_gets_200_and_is_recorded_without_the_key()
    {
        var webhook = await CreateAsync("/api/v2/webhooks", StellaWebhook("test-key-123"), "webhook");

        var (status, answer, _) = await SendAsync(HttpMethod.Post, $"/api/v2/webhooks/test?webhook_id={webhook["id"]}", new JsonObject { ["request"] = new JsonObject { ["payload"] = Sample } }.ToJsonString());

        Assert.Equal(200, status);
        Assert.Equal(200, (int)answer!["response"]!["status"]!);
        Assert.Equal(200, (int)answer["test"]!["response_code"]!);
        var delivery = Assert.Single(await Control.StellaDeliveriesAsync())!;
        Assert.Equal(StellaConnectReceiver.Fingerprint("test-key-123"), (string?)delivery["key_fingerprint"]);
        Assert.True((bool)delivery["payload"]!["do_not_send"]!);
        Assert.DoesNotContain("test-key-123", delivery.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("stellaconnect", "k", 403)]
    [InlineData("connect", "", 403)]
    public async Task Credentials_other_than_connect_and_a_key_are_refused(string username, string password, int expected)
    {
        var body = new JsonObject
        {
            ["request"] = new JsonObject
            {
                ["endpoint"] = "https://api.stellaconnect.net/v1/auth",
                ["payload"] = Sample,
                ["authentication"] = new JsonObject { ["type"] = "basic_auth", ["data"] = new JsonObject { ["username"] = username, ["password"] = password } },
            },
        };

        var (_, answer, _) = await SendAsync(HttpMethod.Post, "/api/v2/webhooks/test", body.ToJsonString());

        Assert.Equal(expected, (int)answer!["response"]!["status"]!);
    }

    [Theory]
    [InlineData("{\"employee\":{\"email\":\"a@b.c\"}}", "channel is required")]
    [InlineData("{\"channel\":\"email\",\"employee\":{}}", "employee.email")]
    [InlineData("{\"channel\":\"email\",\"employee\":{\"email\":\"a@b.c\"},\"do_not_send\":\"maybe\"}", "do_not_send")]
    [InlineData("{ \"customer\": { \"name\": \"Pete \"The Rock\"\" } }", "not valid JSON")]
    [InlineData("{\"channel\":\"email\",\"employee\":{\"email\":\"a@b.c\"},\"survey\":\"yes\"}", "unknown key survey")]
    [InlineData("{\"channel\":\"email\",\"employee\":{\"email\":\"a@b.c\",\"name\":\"Al\"}}", "unknown key employee.name")]
    [InlineData("{\"channel\":\"email\",\"employee\":{\"email\":\"a@b.c\"},\"customer\":\"Pete\"}", "customer must be an object")]
    [InlineData("{\"channel\":\"email\",\"employee\":{\"email\":\"a@b.c\"},\"custom_properties\":{\"a\":{\"b\":1}}}", "custom_properties")]
    public async Task A_request_Stella_cannot_take_gets_400_saying_why(string payload, string why)
    {
        var webhook = await CreateAsync("/api/v2/webhooks", StellaWebhook(), "webhook");

        var invocation = await Control.DeliverAsync((string)webhook["id"]!, payload);

        Assert.Equal("client error", (string?)invocation["status"]);
        var attempt = invocation["attempts"]![0]!;
        Assert.Equal(400, (int)attempt["status_code"]!);
        Assert.Contains(why, (string?)attempt["response"]!["payload"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task More_than_twenty_tags_are_refused()
    {
        var webhook = await CreateAsync("/api/v2/webhooks", StellaWebhook(), "webhook");
        var tags = string.Join(',', Enumerable.Range(1, 21).Select(i => $"\"t{i}\""));

        var invocation = await Control.DeliverAsync((string)webhook["id"]!, $"{{\"channel\":\"email\",\"employee\":{{\"email\":\"a@b.c\"}},\"tags\":[{tags}]}}");

        Assert.Contains("at most 20 tags", (string?)invocation["attempts"]![0]!["response"]!["payload"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_endpoint_other_than_Stellas_is_not_reached()
    {
        var (_, answer, _) = await SendAsync(HttpMethod.Post, "/api/v2/webhooks/test", """{"request":{"endpoint":"https://example.com/hook","payload":"{}"}}""");

        Assert.Equal(0, (int)answer!["response"]!["status"]!);
        Assert.Contains("delivers only to Stella Connect", (string?)answer["response"]!["body"], StringComparison.Ordinal);
    }
}
