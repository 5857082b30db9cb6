using System.Text.Json.Nodes;
using StellaIac.StellaConnect.Channels;
using StellaIac.Zendesk.Rules;
using StellaIac.Zendesk.Triggers;
using StellaIac.Zendesk.Emulator.Pipeline;

namespace StellaIac.StellaConnect.Tests;

/// <summary>How many requests each command sends, counted by the emulator's request log on a large account.</summary>
public sealed class RequestEconomyTests : IAsyncLifetime
{
    private IntegrationStack stack = null!;

    public async Task InitializeAsync()
    {
        stack = await IntegrationStack.StartAsync();
        await stack.Control.SeedAsync(new JsonObject { ["generate"] = new JsonObject { ["triggers"] = 5000 } });
        await stack.TakeRequestsAsync();
    }

    public async Task DisposeAsync() => await stack.DisposeAsync();

    private static StellaConnectIntegrationArgs Args(int exclusions = 0) => new()
    {
        ApiKey = "stella-test-key",
        Channels = [StellaChannel.Email(), StellaChannel.Phone(), StellaChannel.Chat()],
        Exclusions = [.. Enumerable.Range(1, exclusions).Select(i => new ExclusionRule { Title = $"Do not send Stella Connect request {i}", All = [RuleCondition.TagIncludes($"no_survey_{i}")] })],
    };

    [Fact]
    public async Task A_first_up_on_an_account_with_5000_triggers_sends_at_most_20_requests_and_never_lists_every_trigger()
    {
        var up = await stack.PreviewThenUpAsync(Args());

        Assert.True(up.Succeeded, string.Join("\n", up.Diagnostics.Select(d => d.Detail)));
        var requests = await stack.TakeRequestsAsync();
        Assert.True(requests.Count <= 20, Listing(requests));
        Assert.DoesNotContain(requests, r => r.Method == "GET" && r.Path.StartsWith("/api/v2/triggers?", StringComparison.Ordinal) && !r.Path.Contains("category_id", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(20)]
    public async Task A_first_up_adopts_every_trigger_title_with_one_search_whatever_the_number_of_declared_triggers(int exclusions)
    {
        var up = await stack.PreviewThenUpAsync(Args(exclusions));

        Assert.True(up.Succeeded, string.Join("\n", up.Diagnostics.Select(d => d.Detail)));
        var requests = await stack.TakeRequestsAsync();
        var reads = requests.Where(r => r.Method == "GET").ToList();
        Assert.Single(reads, r => r.Path.StartsWith("/api/v2/triggers/search?", StringComparison.Ordinal));
        Assert.True(reads.Count <= 9, Listing(reads));
    }

    [Fact]
    public async Task A_title_sharing_no_words_with_the_others_is_searched_by_itself_and_its_hand_made_trigger_adopted()
    {
        var handMade = await stack.Zendesk.Triggers.CreateAsync(new TriggerContent
        {
            Title = "Fraud hold",
            Conditions = new Conditions { All = [new Condition("current_tags", "includes", "fraud")] },
            Actions = [new RuleAction("status", "open")],
        });
        await stack.TakeRequestsAsync();
        var args = Args() with { Exclusions = [new ExclusionRule { Title = "Fraud hold", All = [RuleCondition.TagIncludes("fraud")] }] };

        var up = await stack.PreviewThenUpAsync(args);

        Assert.True(up.Succeeded, string.Join("\n", up.Diagnostics.Select(d => d.Detail)));
        var searches = (await stack.TakeRequestsAsync()).Where(r => r.Path.StartsWith("/api/v2/triggers/search?", StringComparison.Ordinal)).Select(r => Uri.UnescapeDataString(r.Path)).ToList();
        Assert.Equal(2, searches.Count);
        Assert.Contains(searches, p => p.Contains("query=Fraud hold&", StringComparison.Ordinal));
        var fraud = await stack.Zendesk.Triggers.SearchAsync("Fraud hold").ToListAsync();
        Assert.Equal(handMade.Id, Assert.Single(fraud).Id);
    }

    [Fact]
    public async Task A_preview_after_an_up_sends_at_most_3_requests_and_a_second_up_writes_nothing()
    {
        Assert.True((await stack.PreviewThenUpAsync(Args())).Succeeded);
        await stack.TakeRequestsAsync();

        var preview = await stack.UpAsync(Args(), preview: true);
        var previewRequests = await stack.TakeRequestsAsync();
        var again = await stack.UpAsync(Args());
        var upRequests = await stack.TakeRequestsAsync();

        Assert.False(preview.HasChanges);
        Assert.True(previewRequests.Count <= 3, Listing(previewRequests));
        Assert.True(again.Succeeded);
        Assert.DoesNotContain(upRequests, r => r.Method != "GET");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(20)]
    public async Task A_refresh_reads_each_kind_once_whatever_the_number_of_triggers(int exclusions)
    {
        Assert.True((await stack.PreviewThenUpAsync(Args(exclusions))).Succeeded);
        await stack.TakeRequestsAsync();

        var refresh = await stack.Engine().RefreshAsync(stack.Target(), previewOnly: true);

        Assert.True(refresh.Succeeded, string.Join("\n", refresh.Diagnostics.Select(d => d.Detail)));
        Assert.DoesNotContain(refresh.Steps, s => s.IsChange);
        var requests = await stack.TakeRequestsAsync();
        Assert.True(requests.Count <= 6, Listing(requests));
    }

    private static string Listing(IReadOnlyList<LoggedRequest> requests)
        => $"{requests.Count} requests:\n{string.Join("\n", requests.Select(r => $"{r.Method} {r.Path} {r.Status}"))}";
}
