namespace StellaIac.Zendesk.Tests.Automations;

public sealed class AutomationsClientTests(KeyedEmulatorFixture zendesk) : ZendeskTestBase(zendesk)
{
    [Fact]
    public async Task A_new_account_holds_the_default_CSAT_automation_active()
    {
        var automations = await Client.Automations.ListAsync().ToListAsync();

        var csat = Assert.Single(automations, a => a.Title == "Request customer satisfaction rating (System Automation)");
        Assert.True(csat.Default);
        Assert.True(csat.Active);
        Assert.Contains(csat.Actions, a => a.Value.Items?.Any(i => i.Contains("{{satisfaction.rating_section}}", StringComparison.Ordinal)) == true);
    }

    [Fact]
    public async Task SetActive_puts_only_active_and_get_reads_it_back()
    {
        var csat = (await Client.Automations.ListAsync().ToListAsync()).Single(a => a.Title.StartsWith("Request customer satisfaction", StringComparison.Ordinal));

        var off = await Client.Automations.SetActiveAsync(csat.Id, false);
        var read = await Client.Automations.GetAsync(csat.Id);

        Assert.False(off.Active);
        Assert.False(read.Active);
        Assert.Equal(csat.Conditions.All, read.Conditions.All);
        var put = (await Control.RequestsAsync()).Single(r => r.Method == "PUT");
        Assert.Equal($"/api/v2/automations/{csat.Id}", put.Path);
        Assert.Equal("{\"automation\":{\"active\":false}}", put.Body!.ToJsonString());
    }
}
