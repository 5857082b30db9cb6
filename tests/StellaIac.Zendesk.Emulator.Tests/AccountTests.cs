using StellaIac.Zendesk.Channels;

namespace StellaIac.Zendesk.Emulator.Tests;

/// <summary>A new account, paths, pagination and credentials as Zendesk has them.</summary>
public sealed class AccountTests(EmulatorFixture zendesk) : EmulatorTestBase(zendesk)
{
    [Fact]
    public async Task A_new_account_holds_the_default_CSAT_automation()
    {
        var automations = (await SendAsync(HttpMethod.Get, "/api/v2/automations")).Body!["automations"]!.AsArray();

        var csat = Assert.Single(automations, a => (string?)a!["title"] == "Request customer satisfaction rating (System Automation)")!;
        Assert.True((bool)csat["default"]!);
        Assert.True((bool)csat["active"]!);
    }

    [Fact]
    public async Task Definitions_list_exactly_the_documented_via_ids()
    {
        var definitions = (await SendAsync(HttpMethod.Get, "/api/v2/triggers/definitions")).Body!["definitions"]!;

        var via = definitions["conditions_all"]!.AsArray().Single(d => (string?)d!["subject"] == "via_id")!;
        Assert.Equal(ViaChannels.All.Select(c => (c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), c.Title)), via["values"]!.AsArray().Select(v => ((string)v!["value"]!, (string)v["title"]!)));
    }

    [Fact]
    public async Task Paths_answer_the_same_with_and_without_the_json_suffix()
    {
        var plain = await SendAsync(HttpMethod.Get, "/api/v2/ticket_fields");
        var suffixed = await SendAsync(HttpMethod.Get, "/api/v2/ticket_fields.json");

        Assert.Equal(200, suffixed.Status);
        Assert.Equal(plain.Body!.ToJsonString(), suffixed.Body!.ToJsonString());
    }

    [Fact]
    public async Task Without_a_cursor_parameter_lists_use_offset_pagination()
    {
        await Control.SeedAsync(new System.Text.Json.Nodes.JsonObject { ["generate"] = new System.Text.Json.Nodes.JsonObject { ["ticket_fields"] = 3 } });

        var first = (await SendAsync(HttpMethod.Get, "/api/v2/ticket_fields?per_page=4")).Body!;
        var second = (await SendAsync(HttpMethod.Get, new Uri((string)first["next_page"]!).PathAndQuery)).Body!;

        Assert.Equal(10, (int)first["count"]!);
        Assert.Equal(4, first["ticket_fields"]!.AsArray().Count);
        Assert.Null(first["previous_page"]);
        Assert.Contains("page=2", (string?)first["next_page"], StringComparison.Ordinal);
        Assert.Equal(4, second["ticket_fields"]!.AsArray().Count);
        Assert.NotNull(second["previous_page"]);
        Assert.Null(first["meta"]);
    }

    [Fact]
    public async Task Cursor_pagination_links_to_the_next_page_until_has_more_is_false()
    {
        // Three triggers in the new account and two seeded: five, so the last page is a partial one.
        await Control.SeedAsync(new System.Text.Json.Nodes.JsonObject { ["generate"] = new System.Text.Json.Nodes.JsonObject { ["triggers"] = 2 } });
        var seen = new List<long>();
        var next = "/api/v2/triggers?page[size]=2";
        var pages = 0;

        while (next is not null)
        {
            var page = (await SendAsync(HttpMethod.Get, next)).Body!;
            seen.AddRange(page["triggers"]!.AsArray().Select(t => (long)t!["id"]!));
            next = (bool)page["meta"]!["has_more"]! ? new Uri((string)page["links"]!["next"]!).PathAndQuery : null;
            pages++;
        }

        Assert.Equal(3, pages);
        Assert.Equal(5, seen.Distinct().Count());
    }

    [Fact]
    public async Task Offset_pagination_past_ten_thousand_records_is_refused()
    {
        var (status, _, _) = await SendAsync(HttpMethod.Get, "/api/v2/triggers?page=101&per_page=100");

        Assert.Equal(400, status);
    }

    [Fact]
    public async Task A_bad_cursor_is_refused()
    {
        var (status, answer, _) = await SendAsync(HttpMethod.Get, "/api/v2/trigger_categories?page[after]=nonsense");

        Assert.Equal(400, status);
        Assert.Equal("InvalidPaginationParameter", (string?)answer!["errors"]![0]!["code"]);
    }

    [Fact]
    public async Task Wrong_credentials_get_Zendesks_401_and_the_OAuth_token_is_accepted()
    {
        using var anonymous = new HttpClient { BaseAddress = Zendesk.Emulator.BaseAddress };
        using var bearer = new HttpClient { BaseAddress = Zendesk.Emulator.BaseAddress };
        bearer.DefaultRequestHeaders.Authorization = new("Bearer", EmulatorOptions.DefaultOAuthToken);

        using var refused = await anonymous.GetAsync(new Uri("api/v2/brands", UriKind.Relative));
        using var accepted = await bearer.GetAsync(new Uri("api/v2/brands", UriKind.Relative));

        Assert.Equal(401, (int)refused.StatusCode);
        Assert.Equal("{\"error\":\"Couldn't authenticate you\"}", await refused.Content.ReadAsStringAsync());
        Assert.Equal(200, (int)accepted.StatusCode);
    }

    [Fact]
    public async Task Webhook_credentials_are_never_returned()
    {
        var created = await CreateAsync("/api/v2/webhooks", StellaWebhook("very-secret-key"), "webhook");

        var listed = await SendAsync(HttpMethod.Get, "/api/v2/webhooks");
        var shown = await SendAsync(HttpMethod.Get, $"/api/v2/webhooks/{created["id"]}");

        Assert.DoesNotContain("very-secret-key", created.ToJsonString() + listed.Body!.ToJsonString() + shown.Body!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("basic_auth", (string?)shown.Body!["webhook"]!["authentication"]!["type"]);
    }
}
