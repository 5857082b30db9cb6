using StellaIac.Zendesk.Emulator.Pipeline;
using StellaIac.Zendesk.Errors;
using StellaIac.Zendesk.Http;
using StellaIac.Zendesk.TriggerCategories;

namespace StellaIac.Zendesk.Tests.Http;

public sealed class RetryTests(KeyedEmulatorFixture zendesk) : ZendeskTestBase(zendesk)
{
    [Fact]
    public async Task A_429_is_retried_after_its_Retry_After_even_for_a_create()
    {
        await Control.AddFaultAsync(new Fault { Method = "POST", Path = "/api/v2/trigger_categories", Status = 429, RetryAfterSeconds = 1 });
        var started = TimeProvider.System.GetTimestamp();

        var created = await Client.TriggerCategories.CreateAsync(new TriggerCategoryContent { Name = "Stella Connect" });

        Assert.True(TimeProvider.System.GetElapsedTime(started) >= TimeSpan.FromSeconds(0.95));
        Assert.Equal("Stella Connect", created.Name);
        Assert.Equal([429, 200], (await Control.RequestsAsync()).Select(r => r.Status));
    }

    [Fact]
    public async Task A_503_on_a_read_is_retried_honouring_Retry_After()
    {
        await Control.AddFaultAsync(new Fault { Method = "GET", Path = "/api/v2/brands", Status = 503, RetryAfterSeconds = 1, Times = 2 });

        var brands = await Client.Brands.ListAsync().ToListAsync();

        Assert.Single(brands);
        Assert.Equal([503, 503, 200], (await Control.RequestsAsync()).Select(r => r.Status));
    }

    [Fact]
    public async Task A_server_error_on_a_create_is_not_retried()
    {
        await Control.AddFaultAsync(new Fault { Method = "POST", Path = "/api/v2/trigger_categories", Status = 502 });

        await Assert.ThrowsAsync<ZendeskServerException>(() => Client.TriggerCategories.CreateAsync(new TriggerCategoryContent { Name = "Stella Connect" }));

        Assert.Single(await Control.RequestsAsync());
    }

    [Fact]
    public async Task A_dropped_connection_after_a_create_applied_is_reported_and_not_resent()
    {
        await Control.AddFaultAsync(new Fault { Method = "POST", Path = "/api/v2/trigger_categories", Drop = true, AfterHandling = true });

        var lost = await Assert.ThrowsAsync<ZendeskTransportException>(() => Client.TriggerCategories.CreateAsync(new TriggerCategoryContent { Name = "Stella Connect" }));

        Assert.True(lost.MayHaveBeenApplied);
        Assert.Single(await Control.RequestsAsync(), r => r.Method == "POST");
        Assert.Single(await Client.TriggerCategories.ListAsync().ToListAsync(), c => c.Name == "Stella Connect");
    }

    [Fact]
    public async Task A_dropped_connection_on_an_update_is_retried()
    {
        var category = await Client.TriggerCategories.CreateAsync(new TriggerCategoryContent { Name = "Stella Connect" });
        await Control.AddFaultAsync(new Fault { Method = "PATCH", Path = $"/api/v2/trigger_categories/{category.Id}", Drop = true, Times = 2 });

        var patched = await Client.TriggerCategories.PatchAsync(category.Id, new TriggerCategoryContent { Position = 0 });

        Assert.Equal(0, patched.Position);
        Assert.Equal(3, (await Control.RequestsAsync()).Count(r => r.Method == "PATCH"));
    }

    [Fact]
    public async Task A_slow_answer_times_out_and_a_read_is_tried_again()
    {
        var events = new List<ZendeskRequestEvent>();
        using var client = Zendesk.Client(o => o with { AttemptTimeout = TimeSpan.FromMilliseconds(300), OnRequest = events.Add });
        await Control.AddFaultAsync(new Fault { Method = "GET", Path = "/api/v2/brands", DelayMs = 2000, Times = 1 });

        var brands = await client.Brands.ListAsync().ToListAsync();

        Assert.Single(brands);
        Assert.Equal(2, events.Count);
        Assert.Null(events[0].Status);
        Assert.Equal(System.Net.HttpStatusCode.OK, events[1].Status);
    }

    [Fact]
    public async Task An_unreachable_Zendesk_is_one_transport_error_naming_the_host()
    {
        using var client = new ZendeskClient(Zendesk.ClientOptions() with { Endpoint = ZendeskEndpoint.FromUrl("http://127.0.0.1:1") });

        var failed = await Assert.ThrowsAsync<ZendeskTransportException>(() => client.Brands.ListAsync().ToListAsync().AsTask());

        Assert.False(failed.MayHaveBeenApplied);
        Assert.Contains("could not connect to 127.0.0.1:1", failed.Message, StringComparison.Ordinal);
    }
}
