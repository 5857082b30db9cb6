using System.Text.Json;
using StellaIac.Zendesk.Http;

namespace StellaIac.Zendesk.Tests.Http;

/// <summary>Where the next page's cursor comes from; never the link's host.</summary>
public sealed class PageCursorTests
{
    [Theory]
    [InlineData("""{"meta":{"has_more":true,"after_cursor":"m"},"links":{"next":"https://other.example.com/api/v2/webhooks.json?page%5Bsize%5D=100&page%5Bafter%5D=abc%3D%3D"}}""", "abc==")]
    [InlineData("""{"meta":{"has_more":true,"after_cursor":"m"},"links":{"next":"https://other.example.com:8443/api/v2/webhooks?page[after]=xyz"}}""", "xyz")]
    [InlineData("""{"meta":{"has_more":true,"after_cursor":"from-meta"},"links":{"next":"https://other.example.com/api/v2/webhooks?page[size]=100"}}""", "from-meta")]
    [InlineData("""{"meta":{"has_more":true,"after_cursor":"from-meta"},"links":{"next":null}}""", "from-meta")]
    [InlineData("""{"meta":{"has_more":false,"after_cursor":"last"},"links":{"next":null}}""", null)]
    [InlineData("""{"webhooks":[]}""", null)]
    public void The_cursor_is_read_from_the_links_query_or_else_from_meta(string page, string? expected)
    {
        using var document = JsonDocument.Parse(page);

        Assert.Equal(expected, PageCursor.Next(document.RootElement));
    }

    [Fact]
    public void More_pages_without_a_cursor_is_an_error_that_says_so()
    {
        using var document = JsonDocument.Parse("""{"meta":{"has_more":true},"links":{"next":"https://other.example.com/api/v2/webhooks"}}""");

        var error = Assert.Throws<FormatException>(() => PageCursor.Next(document.RootElement));

        Assert.Contains("meta.after_cursor", error.Message, StringComparison.Ordinal);
    }
}
