using System.Text.Json.Nodes;

namespace StellaIac.Cli.Tests;

/// <summary>The real command tree on the local stack (the embedded emulator, no account, no passphrase).</summary>
public sealed class LocalStackTests : IDisposable
{
    private readonly TempProject project = new();

    public void Dispose() => project.Dispose();

    [Fact]
    public async Task The_newcomers_first_commands_work_and_a_preview_after_up_shows_no_changes()
    {
        var up = await project.RunAsync("up", "--stack", "local", "--yes");
        var again = await project.RunAsync("preview", "--stack", "local", "--expect-no-changes");

        Assert.True(up.Code == 0, up.Output + up.Error);
        Assert.Contains("+ 11 created", up.Output, StringComparison.Ordinal);
        Assert.True(again.Code == 0, again.Output + again.Error);
        Assert.Contains("11 unchanged", again.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(project.PathOf("stacks/emulator/local.json")));
        Assert.True(File.Exists(project.PathOf("stacks/.pulumi/stacks/stella-iac/local.json")));
    }

    [Fact]
    public async Task A_preview_of_a_new_stack_renders_the_component_tree()
    {
        var preview = await project.RunAsync("preview", "--stack", "local");

        Assert.Equal(0, preview.Code);
        Snapshot.Match("preview-local-new", TempProject.Stable(preview.Output));
    }

    [Fact]
    public async Task A_config_change_shows_as_a_diff_and_expect_no_changes_exits_7()
    {
        await project.RunAsync("up", "--stack", "local", "--yes");
        await project.RunAsync("config", "set", "goLive", "true", "--stack", "local");

        var preview = await project.RunAsync("preview", "--stack", "local", "--diff", "--expect-no-changes");

        Assert.Equal(ExitCodes.ChangesFound, preview.Code);
        Snapshot.Match("preview-local-go-live-diff", TempProject.Stable(preview.Output));
    }

    [Fact]
    public async Task A_changed_payload_shows_as_a_line_diff_of_its_json_members()
    {
        await project.RunAsync("up", "--stack", "local", "--yes");
        await project.RunAsync("config", "set", "includeBrand", "true", "--stack", "local");
        var markdown = project.PathOf("summary.md");

        var preview = await project.RunAsync("preview", "--stack", "local", "--diff", "--summary-md", markdown);

        Assert.Equal(0, preview.Code);
        Assert.Contains("+ \"brand\": \"{{ticket.brand.name}}\",", preview.Output, StringComparison.Ordinal);
        Assert.Contains("+ \"brand\": \"{{ticket.brand.name}}\",", await File.ReadAllTextAsync(markdown), StringComparison.Ordinal);
        Snapshot.Match("preview-local-payload-diff", TempProject.Stable(preview.Output));
    }

    [Fact]
    public async Task Preview_with_refresh_writes_drift_and_this_change_as_two_sections()
    {
        await project.RunAsync("up", "--stack", "local", "--yes");
        var account = project.PathOf("stacks/emulator/local.json");
        var emulator = JsonNode.Parse(await File.ReadAllTextAsync(account))!;
        var trigger = emulator["triggers"]!.AsArray().First(t => ((string?)t!["title"])!.Contains("email", StringComparison.Ordinal))!;
        trigger["title"] = "Renamed by hand in Zendesk";
        await File.WriteAllTextAsync(account, emulator.ToJsonString());
        await project.RunAsync("config", "set", "includeBrand", "true", "--stack", "local");
        var markdown = project.PathOf("summary.md");

        var preview = await project.RunAsync("preview", "--stack", "local", "--refresh", "--summary-md", markdown);

        Assert.True(preview.Code == 0, preview.Output + preview.Error);
        var text = await File.ReadAllTextAsync(markdown);
        var drift = text[text.IndexOf("Drift: changed in Zendesk since the last deploy", StringComparison.Ordinal)..text.IndexOf("This pull request: what merging will do", StringComparison.Ordinal)];
        var change = text[text.IndexOf("This pull request: what merging will do", StringComparison.Ordinal)..];
        Assert.Contains("| `~` changed in Zendesk | `stella-triggers-send-email` | `zendesk:index:Trigger` | `title` |", drift, StringComparison.Ordinal);
        Assert.DoesNotContain("`stella-triggers-send-chat`", drift, StringComparison.Ordinal);
        Assert.Contains("| `~` update | `stella-triggers-send-chat` | `zendesk:index:Trigger` | `actions` |", change, StringComparison.Ordinal);
        Assert.Contains("| `~` update | `stella-triggers-send-email` | `zendesk:index:Trigger` | `actions`, `title` |", change, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_with_refresh_says_none_in_each_empty_section()
    {
        await project.RunAsync("up", "--stack", "local", "--yes");
        var markdown = project.PathOf("summary.md");

        var preview = await project.RunAsync("preview", "--stack", "local", "--refresh", "--summary-md", markdown);

        Assert.True(preview.Code == 0, preview.Output + preview.Error);
        Assert.Matches(@"Drift: changed in Zendesk since the last deploy\n\nnone\n[\s\S]*This pull request: what merging will do\n\nnone\n", await File.ReadAllTextAsync(markdown));
    }

    [Fact]
    public async Task Json_output_lists_the_steps_with_op_urn_type_and_detailed_diff()
    {
        await project.RunAsync("up", "--stack", "local", "--yes");
        await project.RunAsync("config", "set", "hardenedPayload", "true", "--stack", "local");

        var preview = await project.RunAsync("preview", "--stack", "local", "--json");

        var json = JsonNode.Parse(preview.Output)!;
        var update = json["steps"]!.AsArray().First(s => (string?)s!["op"] == "update")!;
        Assert.Equal("zendesk:index:Trigger", (string?)update["type"]);
        Assert.StartsWith("urn:pulumi:local::stella-iac::", (string?)update["urn"], StringComparison.Ordinal);
        Assert.Equal("update", (string?)update["detailedDiff"]!["actions"]!["kind"]);
        Assert.Equal(3, (int)json["changeSummary"]!["update"]!);
        Assert.DoesNotContain("local-emulator-key", preview.Output, StringComparison.Ordinal);
        Assert.Contains("[secret]", preview.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_markdown_summary_is_written_for_a_pull_request_comment()
    {
        var file = project.PathOf("summary.md");

        var preview = await project.RunAsync("preview", "--stack", "local", "--summary-md", file);

        Assert.Equal(0, preview.Code);
        var markdown = await File.ReadAllTextAsync(file);
        Assert.StartsWith("#### :tropical_drink: `preview` on stella-iac/local", markdown, StringComparison.Ordinal);
        Assert.Contains("| `+` create | `stella-webhook` | `zendesk:index:Webhook` |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drift_made_behind_the_tools_back_exits_7_and_refresh_writes_it()
    {
        await project.RunAsync("up", "--stack", "local", "--yes");
        await RenameTheCategoryByHandAsync();

        var drift = await project.RunAsync("drift", "--stack", "local");
        var refresh = await project.RunAsync("refresh", "--stack", "local", "--yes");
        var up = await project.RunAsync("up", "--stack", "local", "--yes");
        var after = await project.RunAsync("drift", "--stack", "local");

        Assert.Equal(ExitCodes.ChangesFound, drift.Code);
        Assert.Contains("stella-triggers-category", drift.Output, StringComparison.Ordinal);
        Assert.Contains("[diff: ~name]", drift.Output, StringComparison.Ordinal);
        Assert.Equal(0, refresh.Code);
        Assert.Contains("~ 1 to update", up.Output, StringComparison.Ordinal);
        Assert.Equal(0, after.Code);
    }

    [Fact]
    public async Task Preview_refresh_shows_drift_without_writing_and_up_refresh_heals_it_in_one_command()
    {
        await project.RunAsync("up", "--stack", "local", "--yes");
        await RenameTheCategoryByHandAsync();
        var state = Directory.EnumerateFiles(project.PathOf("stacks/.pulumi/stacks"), "local.json", SearchOption.AllDirectories).Single();
        var before = await File.ReadAllTextAsync(state);

        var plain = await project.RunAsync("preview", "--stack", "local", "--expect-no-changes");
        var refreshed = await project.RunAsync("preview", "--stack", "local", "--refresh", "--expect-no-changes");
        var unchanged = await File.ReadAllTextAsync(state);
        var up = await project.RunAsync("up", "--stack", "local", "--refresh", "--yes");
        var after = await project.RunAsync("drift", "--stack", "local");

        Assert.Equal(0, plain.Code);
        Assert.Equal(ExitCodes.ChangesFound, refreshed.Code);
        Assert.Contains("stella-triggers-category", refreshed.Output, StringComparison.Ordinal);
        Assert.Equal(before, unchanged);
        Assert.Equal(0, up.Code);
        Assert.Contains("~ 1 to update", up.Output, StringComparison.Ordinal);
        Assert.Equal(0, after.Code);
    }

    private async Task RenameTheCategoryByHandAsync()
    {
        await using var emulator = await StellaIac.Zendesk.Emulator.ZendeskEmulator.StartAsync(new() { StatePath = project.PathOf("stacks/emulator/local.json") });
        using var http = new HttpClient { BaseAddress = emulator.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new("Bearer", StellaIac.Zendesk.Emulator.EmulatorOptions.DefaultOAuthToken);
        var categories = JsonNode.Parse(await http.GetStringAsync(new Uri("api/v2/trigger_categories", UriKind.Relative)))!["trigger_categories"]!.AsArray();
        var id = (string)categories.Single(c => (string?)c!["name"] == "Stella Connect")!["id"]!;
        using var patch = await http.PatchAsync(new Uri($"api/v2/trigger_categories/{id}", UriKind.Relative), new StringContent("{\"trigger_category\":{\"name\":\"Renamed by hand\"}}", System.Text.Encoding.UTF8, "application/json"));
        patch.EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task Verify_sends_Stellas_sample_and_failures_lists_none_then_destroy_removes_everything()
    {
        await project.RunAsync("up", "--stack", "local", "--yes");

        var verify = await project.RunAsync("verify", "--stack", "local");
        var failures = await project.RunAsync("failures", "--stack", "local");
        var destroy = await project.RunAsync("destroy", "--stack", "local", "--yes");
        var output = await project.RunAsync("stack", "output", "--stack", "local");

        Assert.Equal(0, verify.Code);
        Assert.Contains("Stella Connect answered 200 OK", verify.Output, StringComparison.Ordinal);
        Assert.Contains("No failed deliveries", failures.Output, StringComparison.Ordinal);
        Assert.Equal(0, destroy.Code);
        Assert.Contains("- 11 deleted", destroy.Output, StringComparison.Ordinal);
        Assert.Contains("Current stack outputs (0)", output.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Going_live_prints_the_checklist_after_up()
    {
        await project.RunAsync("config", "set", "goLive", "true", "--stack", "local");

        var up = await project.RunAsync("up", "--stack", "local", "--yes");

        Assert.Equal(0, up.Code);
        Assert.Contains("Go-live checklist (what no API can do):", up.Output, StringComparison.Ordinal);
        Assert.Contains("[ ] In your Stella Connect admin", up.Output, StringComparison.Ordinal);
        Assert.Contains("zendesk:index:AutomationActivation", up.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Up_without_yes_and_without_a_terminal_refuses_and_changes_nothing()
    {
        var up = await project.RunAsync("up", "--stack", "local");

        Assert.Equal(ExitCodes.Failed, up.Code);
        Assert.Contains("--yes must be passed", up.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(project.PathOf("stacks/.pulumi/stacks/stella-iac/local.json")));
    }

    [Fact]
    public async Task Stacks_are_created_selected_and_listed_and_promote_shows_the_differences_then_applies()
    {
        var init = await project.RunAsync("stack", "init", "staging");
        await project.RunAsync("config", "set", "zendesk:emulator", "true");
        await project.RunAsync("config", "set", "--secret", "stellaApiKey", "another-dummy-key");
        var list = await project.RunAsync("stack", "ls");
        await project.RunAsync("up", "--stack", "local", "--yes");

        var promote = await project.RunAsync("promote", "--from", "local", "--to", "staging", "--yes");

        Assert.Equal(0, init.Code);
        Assert.Contains("staging*", list.Output, StringComparison.Ordinal);
        Assert.Contains("local ", list.Output, StringComparison.Ordinal);
        Assert.True(promote.Code == 0, promote.Output + promote.Error);
        Assert.Matches(@"~ stella-iac:stellaApiKey: \[secret hmac-sha256:[0-9a-f]{32}\] => \[secret hmac-sha256:[0-9a-f]{32}\]", promote.Output);
        Assert.DoesNotContain("another-dummy-key", promote.Output, StringComparison.Ordinal);
        Assert.Contains("+ 11 created", promote.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Config_set_get_and_rm_round_trip_and_a_secret_is_stored_encrypted()
    {
        await project.RunAsync("config", "set", "--secret", "zendesk:oauthToken", "tok-123", "--stack", "local");
        var get = await project.RunAsync("config", "get", "zendesk:oauthToken", "--stack", "local");
        var removed = await project.RunAsync("config", "rm", "zendesk:oauthToken", "--stack", "local");
        var missing = await project.RunAsync("config", "get", "zendesk:oauthToken", "--stack", "local");

        Assert.Equal("tok-123\n", get.Output);
        Assert.Equal(0, removed.Code);
        Assert.Equal(ExitCodes.ConfigurationError, missing.Code);
        Assert.Contains("configuration key 'zendesk:oauthToken' not found", missing.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("tok-123", await File.ReadAllTextAsync(project.PathOf("Pulumi.local.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_adopts_an_existing_object_into_the_state_under_the_given_name()
    {
        string id;
        await using (var emulator = await StellaIac.Zendesk.Emulator.ZendeskEmulator.StartAsync(new() { StatePath = project.PathOf("stacks/emulator/local.json") }))
        {
            using var http = new HttpClient { BaseAddress = emulator.BaseAddress };
            http.DefaultRequestHeaders.Authorization = new("Bearer", StellaIac.Zendesk.Emulator.EmulatorOptions.DefaultOAuthToken);
            using var created = await http.PostAsync(new Uri("api/v2/trigger_categories", UriKind.Relative), new StringContent("{\"trigger_category\":{\"name\":\"Legacy\"}}", System.Text.Encoding.UTF8, "application/json"));
            id = (string)JsonNode.Parse(await created.Content.ReadAsStringAsync())!["trigger_category"]!["id"]!;
        }

        var import = await project.RunAsync("import", "zendesk:index:TriggerCategory", "legacy", id, "--stack", "local");
        var again = await project.RunAsync("import", "zendesk:index:TriggerCategory", "legacy", id, "--stack", "local");
        var missing = await project.RunAsync("import", "zendesk:index:TriggerCategory", "other", "999999", "--stack", "local");

        Assert.True(import.Code == 0, import.Output + import.Error);
        Assert.Contains("=   zendesk:index:TriggerCategory", import.Output, StringComparison.Ordinal);
        Assert.Contains($"\"id\": \"{id}\"", await File.ReadAllTextAsync(project.PathOf("stacks/.pulumi/stacks/stella-iac/local.json")), StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Failed, again.Code);
        Assert.Contains("already in the state", again.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Failed, missing.Code);
        Assert.Contains("does not exist", missing.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_help_lists_Pulumis_commands_and_the_programs_own()
    {
        var help = await project.RunAsync("--help");

        // The usage line names the running executable (testhost here, infra for users).
        Snapshot.Match("help", help.Output.Replace("  testhost [command]", "  infra [command]", StringComparison.Ordinal));
    }
}
