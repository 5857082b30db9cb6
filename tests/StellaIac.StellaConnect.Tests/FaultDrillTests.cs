using StellaIac.StellaConnect.Channels;
using StellaIac.Zendesk.Emulator.Pipeline;

namespace StellaIac.StellaConnect.Tests;

/// <summary>
/// Faults injected by the emulator into each kind of create an up sends: one up still converges, with no
/// duplicate, says what happened, and leaves a valid checkpoint without the key in plain text.
/// </summary>
public sealed class FaultDrillTests : IAsyncLifetime
{
    private IntegrationStack stack = null!;

    public async Task InitializeAsync() => stack = await IntegrationStack.StartAsync();

    public async Task DisposeAsync() => await stack.DisposeAsync();

    private static StellaConnectIntegrationArgs Args() => new()
    {
        ApiKey = "stella-test-key",
        Channels = [StellaChannel.Email(), StellaChannel.Phone(), StellaChannel.Chat()],
        Exclusions = [new ExclusionRule { All = [RuleCondition.TagIncludes("fraud")] }],
    };

    public static TheoryData<string, string> LostAnswers => new()
    {
        { "/api/v2/webhooks", "dropped after" },
        { "/api/v2/webhooks", "503 after" },
        { "/api/v2/ticket_fields", "dropped after" },
        { "/api/v2/ticket_fields", "500 before" },
        { "/api/v2/trigger_categories", "502 after" },
        { "/api/v2/trigger_categories", "dropped before" },
        { "/api/v2/triggers", "dropped after" },
        { "/api/v2/triggers", "503 before" },
    };

    [Theory]
    [MemberData(nameof(LostAnswers))]
    public async Task One_up_converges_when_the_answer_to_a_create_is_lost(string path, string fault)
    {
        var parts = fault.Split(' ');
        await stack.Control.AddFaultAsync(new Fault
        {
            Method = "POST",
            Path = path,
            Drop = parts[0] == "dropped",
            Status = parts[0] == "dropped" ? null : int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture),
            AfterHandling = parts[1] == "after",
        });

        var up = await stack.PreviewThenUpAsync(Args());

        Assert.True(up.Succeeded, string.Join("\n", up.Diagnostics.Select(d => $"{d.Summary}: {d.Detail}")));
        var note = Assert.Single(up.Diagnostics, d => d.Summary.Contains("the first answer was lost", StringComparison.Ordinal));
        Assert.Contains(parts[1] == "after" ? "found by" : "second attempt", note.Summary, StringComparison.Ordinal);
        await AssertNothingDuplicatedAsync();
        Assert.False((await stack.UpAsync(Args(), preview: true)).HasChanges);
        AssertStateIsValidWithoutTheKey();
    }

    /// <summary>Every kind of request a first up sends (method and path; a trailing '*' matches one object's path).</summary>
    private static readonly (string Method, string Path)[] RequestKinds =
    [
        ("GET", "/api/v2/webhooks"), ("GET", "/api/v2/ticket_fields"), ("GET", "/api/v2/trigger_categories"), ("GET", "/api/v2/triggers/search"),
        ("GET", "/api/v2/triggers/definitions"), ("GET", "/api/v2/account/settings"), ("GET", "/api/v2/webhooks/*"), ("GET", "/api/v2/triggers"),
        ("POST", "/api/v2/webhooks"), ("POST", "/api/v2/ticket_fields"), ("POST", "/api/v2/trigger_categories"), ("POST", "/api/v2/triggers"),
        ("POST", "/api/v2/trigger_categories/jobs"), ("PUT", "/api/v2/account/settings"),
    ];

    /// <summary>Each request kind with each fault: 429 with Retry-After, a 5xx (500, 502 and 503 in turn) after it took effect, slower than the client's timeout, dropped before and after it took effect.</summary>
    public static TheoryData<string, string, string> EveryKindAndFault()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var ((method, path), index) in RequestKinds.Select((k, i) => (k, i)))
        {
            foreach (var fault in new[] { "429", $"{500 + (index % 3 == 0 ? 0 : index % 3 == 1 ? 2 : 3)} after", "slow", "dropped before", "dropped after" })
            {
                data.Add(method, path, fault);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryKindAndFault))]
    public async Task One_up_converges_whatever_request_kind_meets_whatever_fault(string method, string path, string fault)
    {
        stack.Tune = o => o with { AttemptTimeout = TimeSpan.FromSeconds(1), Retry = o.Retry with { BaseDelay = TimeSpan.FromMilliseconds(50) } };
        var parts = fault.Split(' ');
        await stack.Control.AddFaultAsync(new Fault
        {
            Method = method,
            Path = path,
            Drop = parts[0] == "dropped",
            Status = int.TryParse(parts[0], System.Globalization.CultureInfo.InvariantCulture, out var status) ? status : null,
            RetryAfterSeconds = status == 429 ? 1 : null,
            DelayMs = parts[0] == "slow" ? 1500 : 0,
            AfterHandling = parts.Length > 1 && parts[1] == "after",
        });

        var up = await stack.PreviewThenUpAsync(Args());

        Assert.True(up.Succeeded, string.Join("\n", up.Diagnostics.Select(d => $"{d.Summary}: {d.Detail}")));
        if (status > 0)
        {
            Assert.Contains(await stack.Control.RequestsAsync(), r => r.Method == method && r.Status == status);
        }

        await AssertNothingDuplicatedAsync();
        Assert.False((await stack.UpAsync(Args(), preview: true)).HasChanges);
        AssertStateIsValidWithoutTheKey();
    }

    [Fact]
    public async Task A_429_with_Retry_After_on_a_create_is_waited_out_and_sent_once()
    {
        await stack.Control.AddFaultAsync(new Fault { Method = "POST", Path = "/api/v2/triggers", Status = 429, RetryAfterSeconds = 1 });

        var up = await stack.PreviewThenUpAsync(Args());

        Assert.True(up.Succeeded, string.Join("\n", up.Diagnostics.Select(d => d.Detail)));
        await AssertNothingDuplicatedAsync();
    }

    private async Task AssertNothingDuplicatedAsync()
    {
        Assert.Single(await stack.Zendesk.Webhooks.ListAsync().ToListAsync());
        Assert.Single(await stack.Zendesk.TicketFields.ListAsync().ToListAsync(), f => f.Title == "Do not Send Stella Connect Survey");
        Assert.Single(await stack.Zendesk.TriggerCategories.ListAsync().ToListAsync(), c => c.Name == "Stella Connect");
        var titles = (await stack.Zendesk.Triggers.ListAsync().ToListAsync()).Select(t => t.Title).ToList();
        Assert.Equal(titles.Distinct().Count(), titles.Count);
        Assert.Equal(4, titles.Count(t => t.Contains("Stella Connect", StringComparison.Ordinal)));
    }

    private void AssertStateIsValidWithoutTheKey()
    {
        foreach (var file in Directory.EnumerateFiles(stack.StateFolder, "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("stella-test-key", text, StringComparison.Ordinal);
            if (file.EndsWith(".json", StringComparison.Ordinal))
            {
                using var parsed = System.Text.Json.JsonDocument.Parse(text);
            }
        }
    }
}
