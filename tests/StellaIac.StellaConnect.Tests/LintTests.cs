using StellaIac.Engine.Deploy;
using StellaIac.StellaConnect.Lint;
using StellaIac.StellaConnect.Payloads;

namespace StellaIac.StellaConnect.Tests;

public sealed class LintTests
{
    [Fact]
    public void The_seeds_payload_renders_valid_JSON_for_an_ordinary_ticket()
    {
        var rendered = PayloadLint.Render(PayloadLint.Parse(StellaPayload.For("email", "77")), SampleTicket.Matrix[0], "77");

        var json = System.Text.Json.Nodes.JsonNode.Parse(rendered)!;
        Assert.Equal(("agent@example.com", "email", "Pete Sellar", "pete@example.com", "4242", "false"), ((string?)json["employee"]!["email"], (string?)json["channel"], (string?)json["customer"]!["name"], (string?)json["customer"]!["email"], (string?)json["ext_interaction_id"], (string?)json["do_not_send"]));
        Assert.Equal(["vip", "billing"], json["tags"]!.AsArray().Select(t => (string?)t));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void A_requester_without_email_gets_no_email(string? email)
    {
        var rendered = PayloadLint.Render(PayloadLint.Parse(StellaPayload.For("email", "77")), new SampleTicket { Description = "x", RequesterEmail = email }, "77");

        Assert.Equal("no_email", (string?)System.Text.Json.Nodes.JsonNode.Parse(rendered)!["customer"]!["email"]);
    }

    [Fact]
    public void The_seeds_payload_breaks_on_a_quote_in_a_name_and_lint_points_at_the_hardened_mode()
    {
        var findings = PayloadLint.Check("email", StellaPayload.For("email", "77"), "77");

        var quote = Assert.Single(findings, f => f.Summary == "The payload breaks on a name with double quotes");
        Assert.Equal(StellaDiagnosticCodes.PayloadBreaks, quote.Code);
        Assert.Equal(Severity.Warning, quote.Severity);
        Assert.Equal("email", quote.Resource);
        Assert.Contains("Hardened", quote.Detail, StringComparison.Ordinal);
        Assert.Contains(findings, f => f.Summary == "The payload breaks on a name with a backslash");
        Assert.DoesNotContain(findings, f => f.Severity == Severity.Error);
    }

    [Fact]
    public void The_hardened_payload_survives_quotes_backslashes_and_non_ASCII_names()
    {
        var findings = PayloadLint.Check("email", StellaPayload.For("email", "77", new PayloadOptions { Hardened = true }), "77");

        Assert.DoesNotContain(findings, f => f.Code == StellaDiagnosticCodes.PayloadBreaks);
        var rendered = PayloadLint.Render(PayloadLint.Parse(StellaPayload.For("email", "77", new PayloadOptions { Hardened = true })), SampleTicket.Matrix[5], "77");
        Assert.Equal("Pete \"The Rock\" Sellar", (string?)System.Text.Json.Nodes.JsonNode.Parse(rendered)!["customer"]!["name"]);
    }

    [Fact]
    public void More_than_twenty_tags_and_no_email_are_warnings()
    {
        var findings = PayloadLint.Check("email", StellaPayload.For("email", "77"), "77");

        Assert.Contains(findings, f => f.Summary == "Stella may refuse 25 tags" && f.Detail.Contains("at most 20", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Summary == "Stella may refuse a requester without email");
    }

    [Fact]
    public void A_payload_that_can_never_be_valid_is_an_error()
    {
        var findings = PayloadLint.Check("custom", StellaPayload.For("Live \"chat\"", "77"), "77");

        Assert.Contains(findings, f => f.Severity == Severity.Error && f.Code == StellaDiagnosticCodes.PayloadNeverValid);
    }

    [Fact]
    public void Custom_field_tags_render_the_option_titles()
    {
        var payload = StellaPayload.For("email", "77", new PayloadOptions { Tags = TagSource.CustomFields("11", "12") });

        var rendered = PayloadLint.Render(PayloadLint.Parse(payload), SampleTicket.Matrix[0], "77", ["11", "12"]);

        Assert.Equal(["Billing", "Billing"], System.Text.Json.Nodes.JsonNode.Parse(rendered)!["tags"]!.AsArray().Select(t => (string?)t));
    }
}
