using System.Text.Json.Nodes;
using StellaIac.Infra.Commands;

namespace StellaIac.Cli.Tests;

/// <summary>
/// <c>failures</c> on the local stack, against failed invocations written into the emulator's account file in
/// the shapes live Zendesk accounts return (and, as a fallback, the ones its OpenAPI file documents).
/// </summary>
public sealed class FailuresTests : IDisposable
{
    private readonly TempProject project = new();

    public void Dispose() => project.Dispose();

    [Fact]
    public async Task Each_failure_shows_its_latest_attempt_once_most_recent_first_and_no_secret()
    {
        await project.RunAsync("up", "--stack", "local", "--yes");
        var key = (await project.RunAsync("config", "get", "stellaApiKey", "--stack", "local")).Output.Trim();
        var refused = Invocation("01JFAILEDINVOCATION0000001", "client error", "2026-11-30T10:05:00Z", new JsonArray(
            new JsonObject { ["id"] = "newer", ["status"] = "client error", ["status_code"] = 403, ["completed_at"] = "2026-11-30T10:05:00Z", ["response"] = new JsonObject { ["payload"] = $"{{\"error\":\"key {key} is not allowed\",\"token\":\"tok-9f8e7d\"}}" } },
            new JsonObject { ["id"] = "older", ["status"] = "client error", ["status_code"] = 401, ["completed_at"] = "2026-11-30T10:00:00Z", ["response"] = new JsonObject { ["payload"] = "first try" } }));
        WriteInvocations(
            refused,
            refused.DeepClone().AsObject(),
            Invocation("01JFAILEDINVOCATION0000002", "server error", "2026-11-30T11:00:00Z", new JsonArray(
                new JsonObject { ["id"] = "documented", ["status"] = "server error", ["response_code"] = 500, ["response_body"] = "boom", ["created_at"] = "2026-11-30T11:00:00Z" })),
            Invocation("01JSUCCEEDEDINVOCATION0003", "success", "2026-11-30T12:00:00Z", []));

        var failures = await project.RunAsync("failures", "--stack", "local");

        Assert.True(failures.Code == 0, failures.Output + failures.Error);
        Assert.Equal(
            [
                "  2026-11-30 11:00:00Z  server error  500  boom",
                "  2026-11-30 10:05:00Z  client error  403  {\"error\":\"key [secret] is not allowed\",\"token\":\"[secret]\"}",
            ],
            Listed(failures.Output));
        Assert.DoesNotContain(key, failures.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("tok-9f8e7d", failures.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Stopped", failures.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_limit_bounds_the_look_ups_to_the_most_recent_and_says_it_stopped()
    {
        await project.RunAsync("up", "--stack", "local", "--yes");
        WriteInvocations([.. Enumerable.Range(10, 12).Select(hour => Invocation($"01JFAILEDINVOCATION00000{hour}", "timeout", $"2026-11-30T{hour}:00:00Z", []))]);

        var failures = await project.RunAsync("failures", "--stack", "local", "--limit", "3");

        Assert.Equal(0, failures.Code);
        Assert.Equal(["21", "20", "19"], Listed(failures.Output).Select(line => line[13..15]));
        Assert.Contains("Stopped at --limit 3: older failed deliveries exist (failures --limit 12 shows more).", failures.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("501")]
    public async Task A_limit_out_of_range_is_refused_naming_it(string limit)
    {
        await project.RunAsync("up", "--stack", "local", "--yes");

        var failures = await project.RunAsync("failures", "--stack", "local", "--limit", limit);

        Assert.Equal(ExitCodes.ConfigurationError, failures.Code);
        Assert.Contains($"--limit must be a whole number from 1 to {FailuresCommand.MaxLimit}, got {limit}", failures.Error, StringComparison.Ordinal);
    }

    private static JsonObject Invocation(string id, string status, string at, JsonArray attempts) => new()
    {
        ["id"] = id,
        ["status"] = status,
        ["created_at"] = at,
        ["latest_completed_at"] = at,
        ["event_type"] = "conditional_ticket_events",
        ["attempts_count"] = attempts.Count,
        ["attempts"] = attempts,
    };

    private static List<string> Listed(string output) => [.. output.Split('\n').Where(l => l.StartsWith("  ", StringComparison.Ordinal)).Select(l => l.TrimEnd('\r'))];

    /// <summary>Adds invocations of the stack's webhook to the local emulator's account file, which the next command loads.</summary>
    private void WriteInvocations(params JsonObject[] invocations)
    {
        var path = project.PathOf("stacks/emulator/local.json");
        var account = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        var webhookId = (string)account["webhooks"]![0]!["id"]!;
        foreach (var invocation in invocations)
        {
            invocation["webhook_id"] = webhookId;
            account["invocations"]!.AsArray().Add(invocation);
        }

        File.WriteAllText(path, account.ToJsonString());
    }
}
