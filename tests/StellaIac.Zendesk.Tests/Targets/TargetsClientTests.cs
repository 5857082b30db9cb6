using System.Text.Json.Nodes;

namespace StellaIac.Zendesk.Tests.Targets;

public sealed class TargetsClientTests(KeyedEmulatorFixture zendesk) : ZendeskTestBase(zendesk)
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Control.SeedAsync(new JsonObject
        {
            ["targets"] = new JsonArray(
                new JsonObject { ["id"] = 360000217439, ["type"] = "http_target", ["title"] = "Stella Connect", ["target_url"] = "https://api.stellaconnect.net/v1/auth/", ["method"] = "post", ["content_type"] = "application/json", ["username"] = "connect", ["password"] = "legacy-secret" },
                new JsonObject { ["id"] = 360000217440, ["type"] = "email_target", ["title"] = "Team inbox", ["email"] = "team@example.com", ["subject"] = "Ticket" }),
        });
    }

    [Fact]
    public async Task List_and_get_read_legacy_targets_without_their_password()
    {
        var targets = await Client.Targets.ListAsync().ToListAsync();
        var stella = await Client.Targets.GetAsync(360000217439);

        Assert.Equal(2, targets.Count);
        Assert.Equal(("http_target", "connect", "post"), (stella.Type, stella.Username, stella.Method));
        Assert.True(stella.IsHttpOrUrlTarget);
        Assert.DoesNotContain("legacy-secret", (await Control.RequestsAsync()).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FindHttpTargets_finds_the_legacy_Stella_target_by_its_url()
    {
        var found = await Client.Targets.FindHttpTargetsAsync(new Uri("https://API.stellaconnect.net/v1/auth"));

        Assert.Equal(360000217439, Assert.Single(found).Id);
        Assert.Empty(await Client.Targets.FindHttpTargetsAsync(new Uri("https://example.com/hook")));
    }
}
