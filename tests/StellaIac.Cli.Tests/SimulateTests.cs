using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using StellaIac.Zendesk.Emulator;

namespace StellaIac.Cli.Tests;

/// <summary>`simulate` on the local stack: sample tickets fire the deployed triggers in the emulator, and Stella's endpoint judges what they send.</summary>
public sealed class SimulateTests : IDisposable
{
    private const string Integration = """{"channels":[{"kind":"chat","status":"pending"},{"kind":"email"},{"kind":"phone"}],"exclusions":[{"tags":["fraud"]}]}""";
    private readonly TempProject project = new();

    public void Dispose() => project.Dispose();

    [Fact]
    public async Task Each_channel_sends_exactly_one_request_with_the_expected_payload_and_the_edge_cases_send_what_they_should()
    {
        await UpAsync();

        var outcomes = await SimulateJsonAsync();

        foreach (var (sample, channel) in new[] { ("chat: solved", "chat"), ("email: solved", "email"), ("phone: solved", "phone") })
        {
            var outcome = Outcome(outcomes, sample);
            var body = Body(outcome);
            Assert.Equal(channel, (string?)body["channel"]);
            Assert.Equal("Pete Sellar", (string?)body["customer"]!["name"]);
            Assert.Equal("pete@example.com", (string?)body["customer"]!["email"]);
            Assert.Equal("agent@example.com", (string?)body["employee"]!["email"]);
            Assert.Equal("false", (string?)body["do_not_send"]);
            Assert.Equal(outcome["ticketId"]!.ToString(), (string?)body["ext_interaction_id"]);
            Assert.True((bool)Assert.Single(outcome["deliveries"]!.AsArray())!["accepted"]!);
        }

        Assert.Equal("true", (string?)Body(Outcome(outcomes, "email: excluded (tag fraud)"))["do_not_send"]);
        Assert.Equal("true", (string?)Body(Outcome(outcomes, "email: box ticked by hand"))["do_not_send"]);
        Assert.Equal("no_email", (string?)Body(Outcome(outcomes, "email: requester without email"))["customer"]!["email"]);
        var other = Outcome(outcomes, "Text (SMS): not integrated");
        Assert.Empty(other["deliveries"]!.AsArray());
        Assert.Equal("no trigger notified the Stella webhook", (string?)other["nothingSentBecause"]);
        Assert.Equal(outcomes.Count - 1, StellaDeliveriesPerTicket().Count);
        Assert.All(StellaDeliveriesPerTicket().Values, count => Assert.Equal(1, count));
    }

    [Fact]
    public async Task The_chat_trigger_fires_on_the_chosen_status_only()
    {
        await UpAsync();
        var file = project.PathOf("tickets.json");
        await File.WriteAllTextAsync(file, """[{"name":"chat pending","viaId":29,"status":"pending"},{"name":"chat solved","viaId":29,"status":"solved"}]""");

        var outcomes = await SimulateJsonAsync("--ticket", file);

        Assert.Contains("Send Stella Connect request for chat channel", string.Join(' ', Outcome(outcomes, "chat pending")["triggersFired"]!.AsArray()), StringComparison.Ordinal);
        Assert.Single(Outcome(outcomes, "chat pending")["deliveries"]!.AsArray());
        Assert.Empty(Outcome(outcomes, "chat solved")["deliveries"]!.AsArray());
    }

    [Fact]
    public async Task With_the_exclusion_moved_below_the_send_trigger_the_survey_is_sent_anyway()
    {
        await UpAsync();
        await MoveExclusionLastAsync();

        var excluded = Outcome(await SimulateJsonAsync(), "email: excluded (tag fraud)");

        var fired = excluded["triggersFired"]!.AsArray().Select(t => (string)t!).Last();
        Assert.True(fired.IndexOf("Send Stella Connect request", StringComparison.Ordinal) < fired.IndexOf("Do not send Stella Connect request", StringComparison.Ordinal), fired);
        Assert.Equal("false", (string?)Body(excluded)["do_not_send"]);
        Assert.True((bool)excluded["deliveries"]![0]!["accepted"]!);
    }

    [Fact]
    public async Task The_seeds_payload_breaks_on_a_quote_in_the_name_and_the_hardened_payload_fixes_it()
    {
        await UpAsync();
        var seed = Outcome(await SimulateJsonAsync(), "email: quote and backslash in the name");
        await project.RunAsync("config", "set", "hardenedPayload", "true", "--stack", "local");
        await project.RunAsync("up", "--stack", "local", "--yes");

        var hardened = Outcome(await SimulateJsonAsync(), "email: quote and backslash in the name");

        var refused = seed["deliveries"]![0]!;
        Assert.False((bool)refused["accepted"]!);
        Assert.Equal(400, (int)refused["responseCode"]!);
        Assert.Contains("not valid JSON", (string?)refused["response"], StringComparison.Ordinal);
        Assert.True((bool)hardened["deliveries"]![0]!["accepted"]!);
        Assert.Equal("Pete \"The Rock\" O\\Neil", (string?)Body(hardened)["customer"]!["name"]);
    }

    [Fact]
    public async Task A_delivery_Stella_refused_is_listed_by_failures()
    {
        await UpAsync();
        await SimulateJsonAsync();

        var failures = await project.RunAsync("failures", "--stack", "local");

        Assert.Equal(0, failures.Code);
        Assert.Contains("1 failed deliveries of webhook", failures.Output, StringComparison.Ordinal);
        Assert.Contains("client error  400", failures.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_table_shows_each_sample_its_triggers_and_Stellas_answer()
    {
        await UpAsync();

        var simulate = await project.RunAsync("simulate", "--stack", "local");

        Assert.True(simulate.Code == 0, simulate.Error);
        var rows = simulate.Output.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)).ToList();
        Assert.Equal("| sample | ticket | channel | triggers fired, in order | Stella received | accepted |", rows[0]);
        Assert.Contains(rows, r => r.StartsWith("| email: quote and backslash in the name |", StringComparison.Ordinal) && r.Contains("**no** (400: The request body is not valid JSON", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("| Text (SMS): not integrated |", StringComparison.Ordinal) && r.Contains("nothing: no trigger notified the Stella webhook", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("config:\n  zendesk:subdomain: acme\n", "https://acme.zendesk.com")]
    [InlineData("config:\n  zendesk:url: https://support.acme.com\n", "https://support.acme.com")]
    [InlineData("config:\n  zendesk:url: http://127.0.0.1:1\n", "http://127.0.0.1:1")]
    public async Task A_real_Zendesk_account_is_refused_before_anything_is_sent(string stackFile, string named)
    {
        await File.WriteAllTextAsync(project.PathOf("Pulumi.test.yaml"), stackFile);

        var simulate = await project.RunAsync("simulate", "--stack", "test");

        Assert.Equal(ExitCodes.ConfigurationError, simulate.Code);
        Assert.Contains($"simulate runs only against the Zendesk emulator, and the stack 'test' points at {named}", simulate.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""[{"name":"x","viaId":4,"colour":"red"}]""", "$[0].colour")]
    [InlineData("""[{"name":"x","viaId":99}]""", "$[0].viaId 99 is not a Zendesk channel")]
    [InlineData("""[{"name":"x",""", "line 1")]
    public async Task A_bad_ticket_file_is_refused_naming_the_place(string content, string place)
    {
        await UpAsync();
        var file = project.PathOf("tickets.json");
        await File.WriteAllTextAsync(file, content);

        var simulate = await project.RunAsync("simulate", "--stack", "local", "--ticket", file);

        Assert.Equal(ExitCodes.ConfigurationError, simulate.Code);
        Assert.Contains($"--ticket {file}", simulate.Error, StringComparison.Ordinal);
        Assert.Contains(place, simulate.Error, StringComparison.Ordinal);
    }

    private static JsonObject Outcome(JsonArray outcomes, string sample)
        => Assert.Single(outcomes, o => (string?)o!["sample"] == sample)!.AsObject();

    private static JsonNode Body(JsonObject outcome) => JsonNode.Parse((string)outcome["deliveries"]![0]!["body"]!)!;

    private async Task UpAsync()
    {
        await project.RunAsync("config", "set", "integration", Integration, "--stack", "local");
        var up = await project.RunAsync("up", "--stack", "local", "--yes");
        Assert.True(up.Code == 0, up.Output + up.Error);
    }

    private async Task<JsonArray> SimulateJsonAsync(params string[] extra)
    {
        var simulate = await project.RunAsync(["simulate", "--stack", "local", "--json", .. extra]);
        Assert.True(simulate.Code == 0, simulate.Output + simulate.Error);
        return JsonNode.Parse(simulate.Output)!.AsArray();
    }

    /// <summary>What the Stella endpoint recorded, counted per ticket, from the local emulator's account file.</summary>
    private Dictionary<string, int> StellaDeliveriesPerTicket()
        => JsonNode.Parse(File.ReadAllText(project.PathOf("stacks/emulator/local.json")))!["stella_deliveries"]!.AsArray()
            .GroupBy(d => d!["ticket_id"]!.ToString()).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>Puts the exclusion trigger last in its category, as someone might in Zendesk's admin centre.</summary>
    private async Task MoveExclusionLastAsync()
    {
        await using var zendesk = await ZendeskEmulator.StartAsync(new EmulatorOptions { StatePath = project.PathOf("stacks/emulator/local.json") });
        using var http = new HttpClient { BaseAddress = zendesk.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{EmulatorOptions.DefaultEmail}/token:{EmulatorOptions.DefaultApiToken}")));
        var triggers = JsonNode.Parse(await http.GetStringAsync("api/v2/triggers"))!["triggers"]!.AsArray();
        var exclusion = triggers.Single(t => ((string?)t!["title"])!.StartsWith("Do not send", StringComparison.Ordinal))!;
        using var moved = await http.PutAsync($"api/v2/triggers/{exclusion["id"]}", new StringContent("{\"trigger\":{\"position\":99}}", Encoding.UTF8, "application/json"));
        moved.EnsureSuccessStatusCode();
    }
}
