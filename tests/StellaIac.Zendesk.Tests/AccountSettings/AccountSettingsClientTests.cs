using System.Text.Json.Nodes;
using StellaIac.Zendesk.AccountSettings;

namespace StellaIac.Zendesk.Tests.AccountSettings;

public sealed class AccountSettingsClientTests(KeyedEmulatorFixture zendesk) : ZendeskTestBase(zendesk)
{
    [Fact]
    public async Task Get_reads_a_setting_by_its_dotted_path()
    {
        var settings = await Client.AccountSettings.GetAsync();

        Assert.False(settings.Get("tickets.assign_tickets_upon_solve")!.GetValue<bool>());
        Assert.Null(settings.Get("tickets.no_such_setting"));
    }

    [Fact]
    public async Task Set_sends_only_the_changed_section_and_returns_all_settings()
    {
        var settings = await Client.AccountSettings.SetAsync("tickets.assign_tickets_upon_solve", true);

        Assert.True(settings.Get("tickets.assign_tickets_upon_solve")!.GetValue<bool>());
        Assert.True(settings.Get("tickets.tagging")!.GetValue<bool>());
        var put = Assert.Single(await Control.RequestsAsync());
        Assert.Equal("{\"settings\":{\"tickets\":{\"assign_tickets_upon_solve\":true}}}", put.Body!.ToJsonString());
        Assert.True((await Client.AccountSettings.GetAsync()).Get("tickets.assign_tickets_upon_solve")!.GetValue<bool>());
    }

    [Theory]
    [InlineData("tickets")]
    [InlineData("tickets.")]
    [InlineData(".assign")]
    public void A_path_without_section_and_name_is_refused(string path)
    {
        var refused = Assert.Throws<ArgumentException>(() => SettingPath.Change(path, JsonValue.Create(true)));

        Assert.Contains("section.name", refused.Message, StringComparison.Ordinal);
    }
}
