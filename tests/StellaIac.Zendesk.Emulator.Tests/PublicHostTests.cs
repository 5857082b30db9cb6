using System.Text.Json.Nodes;
using StellaIac.Zendesk.Emulator.Control;

namespace StellaIac.Zendesk.Emulator.Tests;

/// <summary><c>--public-host</c>: cursor links name the host Zendesk knows the account by, not the one called.</summary>
public sealed class PublicHostTests
{
    [Theory]
    [InlineData("acme.zendesk.com")]
    [InlineData("acme.zendesk.com:8443")]
    public async Task Cursor_links_name_the_public_host(string publicHost)
    {
        await using var emulator = await ZendeskEmulator.StartAsync(new EmulatorOptions { PublicHost = publicHost });
        using var control = new EmulatorControl(emulator.BaseAddress);
        using var http = EmulatorFixture.Authenticated(emulator.BaseAddress);
        await control.SeedAsync(new JsonObject { ["generate"] = new JsonObject { ["webhooks"] = 101 } });

        var page = JsonNode.Parse(await http.GetStringAsync(new Uri("api/v2/webhooks?page[size]=100", UriKind.Relative)))!;

        Assert.StartsWith($"https://{publicHost}/api/v2/webhooks.json?page%5Bafter%5D=", (string?)page["links"]!["next"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://acme.zendesk.com")]
    [InlineData("acme.zendesk.com/api")]
    [InlineData("user@acme.zendesk.com")]
    [InlineData("acme.zendesk.com:port")]
    public void A_public_host_that_is_not_a_host_name_is_refused_naming_the_option(string value)
    {
        var error = Assert.Throws<ArgumentException>(() => EmulatorOptions.Parse(["--public-host", value]));

        Assert.Contains("--public-host", error.Message, StringComparison.Ordinal);
        Assert.Contains(value, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_host_with_a_port_is_accepted() => Assert.Equal("acme.zendesk.com:8443", EmulatorOptions.Parse(["--public-host", "acme.zendesk.com:8443"]).PublicHost);
}
