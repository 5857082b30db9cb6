using StellaIac.Zendesk.Webhooks;

namespace StellaIac.Zendesk.Tests.Webhooks;

public sealed class ResponseExtractTests
{
    [Theory]
    [InlineData("{\"error\":\"key stella-key-123 refused\"}", "stella-key-123")]
    [InlineData("echo: Authorization: Basic Y29ubmVjdDpzZWNyZXQ=", "Y29ubmVjdDpzZWNyZXQ=")]
    [InlineData("{\"token\": \"abc.def.ghi\", \"ok\": false}", "abc.def.ghi")]
    [InlineData("password=hunter2&user=connect", "hunter2")]
    public void Secrets_and_credential_values_never_appear(string body, string secret)
    {
        var extract = ResponseExtract.Of(body, ["stella-key-123"]);

        Assert.DoesNotContain(secret, extract, StringComparison.Ordinal);
        Assert.Contains("[secret]", extract, StringComparison.Ordinal);
    }

    [Fact]
    public void The_extract_is_one_short_line()
    {
        var extract = ResponseExtract.Of("<html>\n  <body>\n" + new string('x', 500) + "</body></html>", []);

        Assert.Equal(ResponseExtract.DefaultLength, extract.Length);
        Assert.StartsWith("<html> <body> xxx", extract, StringComparison.Ordinal);
        Assert.EndsWith("...", extract, StringComparison.Ordinal);
    }

    [Fact]
    public void A_secret_cut_by_the_length_limit_is_still_hidden()
    {
        var body = new string('a', ResponseExtract.DefaultLength - 10) + "stella-key-123";

        Assert.DoesNotContain("stella-k", ResponseExtract.Of(body, ["stella-key-123"]), StringComparison.Ordinal);
    }
}
