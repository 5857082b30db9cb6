namespace StellaIac.Zendesk.Emulator.Tests;

/// <summary>--state keeps the account between runs, written atomically and readable only by its owner.</summary>
public sealed class PersistenceTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("stella-emulator-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task The_account_survives_a_restart()
    {
        var state = Path.Combine(folder, "nested", "account.json");
        string id;
        await using (var first = await ZendeskEmulator.StartAsync(new EmulatorOptions { StatePath = state }))
        {
            using var http = EmulatorFixture.Authenticated(first.BaseAddress);
            using var created = await http.PostAsync(new Uri("api/v2/trigger_categories", UriKind.Relative), new StringContent("""{"trigger_category":{"name":"Kept"}}""", System.Text.Encoding.UTF8, "application/json"));
            id = (string)System.Text.Json.Nodes.JsonNode.Parse(await created.Content.ReadAsStringAsync())!["trigger_category"]!["id"]!;
        }

        await using var second = await ZendeskEmulator.StartAsync(new EmulatorOptions { StatePath = state });
        using var again = EmulatorFixture.Authenticated(second.BaseAddress);
        using var read = await again.GetAsync(new Uri($"api/v2/trigger_categories/{id}", UriKind.Relative));

        Assert.Equal(200, (int)read.StatusCode);
        Assert.Equal([Path.GetFileName(state)], Directory.GetFiles(Path.GetDirectoryName(state)!).Select(Path.GetFileName));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(state));
        }
    }

    [Fact]
    public async Task A_state_file_that_is_not_an_account_is_one_clear_error()
    {
        var state = Path.Combine(folder, "broken.json");
        await File.WriteAllTextAsync(state, "{ not json");

        var failed = await Assert.ThrowsAsync<InvalidDataException>(() => ZendeskEmulator.StartAsync(new EmulatorOptions { StatePath = state }));

        Assert.Contains(state, failed.Message, StringComparison.Ordinal);
        Assert.Contains("Move it away", failed.Message, StringComparison.Ordinal);
        Assert.Equal("{ not json", await File.ReadAllTextAsync(state));
    }

    [Fact]
    public async Task Latency_is_added_to_every_api_request()
    {
        await using var slow = await ZendeskEmulator.StartAsync(new EmulatorOptions { Latency = TimeSpan.FromMilliseconds(200) });
        using var http = EmulatorFixture.Authenticated(slow.BaseAddress);
        var started = TimeProvider.System.GetTimestamp();

        using var answer = await http.GetAsync(new Uri("api/v2/brands", UriKind.Relative));

        Assert.True(TimeProvider.System.GetElapsedTime(started) >= TimeSpan.FromMilliseconds(190));
    }

    [Fact]
    public async Task The_rate_limit_sends_Zendesks_headers_and_429_with_Retry_After()
    {
        await using var limited = await ZendeskEmulator.StartAsync(new EmulatorOptions { RateLimitPerMinute = 2 });
        using var http = EmulatorFixture.Authenticated(limited.BaseAddress);

        using var first = await http.GetAsync(new Uri("api/v2/brands", UriKind.Relative));
        using var second = await http.GetAsync(new Uri("api/v2/brands", UriKind.Relative));
        using var third = await http.GetAsync(new Uri("api/v2/brands", UriKind.Relative));

        Assert.Equal(("2", "1"), (first.Headers.GetValues("X-Rate-Limit").Single(), first.Headers.GetValues("X-Rate-Limit-Remaining").Single()));
        Assert.Equal("0", second.Headers.GetValues("X-Rate-Limit-Remaining").Single());
        Assert.Equal(429, (int)third.StatusCode);
        Assert.InRange(third.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60);
    }
}
