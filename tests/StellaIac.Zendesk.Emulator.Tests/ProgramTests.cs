using System.Diagnostics;

namespace StellaIac.Zendesk.Emulator.Tests;

/// <summary>The emulator as a command: dotnet StellaIac.Zendesk.Emulator.dll --urls http://127.0.0.1:0.</summary>
public sealed class ProgramTests
{
    private static readonly string Program = Path.Combine(AppContext.BaseDirectory, "StellaIac.Zendesk.Emulator.dll");

    [Fact]
    public async Task It_prints_the_address_it_listens_on_and_answers_there()
    {
        using var process = Start("--urls", "http://127.0.0.1:0");
        try
        {
            var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
            Assert.StartsWith("Zendesk emulator listening on http://127.0.0.1:", line, StringComparison.Ordinal);
            var address = new Uri(line!["Zendesk emulator listening on ".Length..]);
            using var http = EmulatorFixture.Authenticated(address);

            using var answer = await http.GetAsync(new Uri("api/v2/brands.json", UriKind.Relative));

            Assert.Equal(200, (int)answer.StatusCode);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Theory]
    [InlineData("--rate-limit", "many")]
    [InlineData("--frobnicate", "1")]
    [InlineData("--public-host", "https://acme.zendesk.com")]
    public async Task A_bad_option_exits_2_naming_it(string option, string value)
    {
        using var process = Start(option, value);

        var error = await process.StandardError.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync();

        Assert.Equal(2, process.ExitCode);
        Assert.Contains(option, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("{\"triggers\": \"none\"}")]
    [InlineData("[1, 2]")]
    public async Task A_corrupt_state_file_is_one_line_naming_the_file_and_a_non_zero_exit(string content)
    {
        var state = Path.Combine(Path.GetTempPath(), $"emulator-corrupt-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(state, content);
        try
        {
            using var process = Start("--urls", "http://127.0.0.1:0", "--state", state);

            var error = await process.StandardError.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(30));
            await process.WaitForExitAsync();

            Assert.Equal(1, process.ExitCode);
            Assert.Single(error.TrimEnd().Split('\n'));
            Assert.Contains(state, error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
            Assert.Equal(content, await File.ReadAllTextAsync(state));
        }
        finally
        {
            File.Delete(state);
        }
    }

    private static Process Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Program);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info)!;
    }
}
