using System.Text.Json;
using System.Text.Json.Nodes;
using Scriban;
using StellaIac.Engine.Deploy;
using StellaIac.Zendesk.Liquid;

namespace StellaIac.StellaConnect.Lint;

/// <summary>
/// Renders each payload with Scriban in Liquid mode against a matrix of sample tickets and checks every
/// rendering is valid JSON carrying what Stella expects: employee email, channel, customer name and email,
/// ext_interaction_id, do_not_send, at most 20 tags.
/// </summary>
public static class PayloadLint
{
    private const int MaxTags = 20;

    public static IReadOnlyList<Diagnostic> Check(string trigger, string payload, string doNotSendFieldId, IReadOnlyList<string>? optionFieldIds = null, IReadOnlyList<SampleTicket>? tickets = null)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var template = Parse(payload);
        if (template.HasErrors)
        {
            return [Finding(Severity.Error, StellaDiagnosticCodes.PayloadNotLiquid, trigger, "The payload is not valid Liquid", string.Join("; ", template.Messages))];
        }

        tickets ??= SampleTicket.Matrix;
        var broken = new List<(SampleTicket Ticket, string Why)>();
        var thin = new List<(SampleTicket Ticket, string Why)>();
        foreach (var ticket in tickets)
        {
            var rendered = Render(template, ticket, doNotSendFieldId, optionFieldIds);
            var problems = Problems(rendered, out var warnings);
            if (problems.Count > 0)
            {
                broken.Add((ticket, string.Join("; ", problems)));
            }

            thin.AddRange(warnings.Select(w => (ticket, w)));
        }

        var findings = new List<Diagnostic>();
        if (broken.Count == tickets.Count)
        {
            findings.Add(Finding(Severity.Error, StellaDiagnosticCodes.PayloadNeverValid, trigger, "The payload can never be valid for Stella Connect", broken[0].Why));
        }
        else if (broken.Count > 0)
        {
            var hint = broken.Any(b => b.Ticket.RequesterName?.IndexOfAny(['"', '\\']) >= 0)
                ? " Zendesk's Liquid has no JSON filter; the hardened payload (PayloadOptions.Hardened) escapes quotes and backslashes in names."
                : "";
            findings.AddRange(broken.Select(b => Finding(Severity.Warning, StellaDiagnosticCodes.PayloadBreaks, trigger, $"The payload breaks on {b.Ticket.Description}", b.Why + "." + hint)));
        }

        findings.AddRange(thin.Select(t => Finding(Severity.Warning, StellaDiagnosticCodes.PayloadMayBeRefused, trigger, $"Stella may refuse {t.Ticket.Description}", t.Why)));
        return findings;
    }

    /// <summary>A finding about the payload of the send trigger titled <paramref name="trigger"/>.</summary>
    private static Diagnostic Finding(Severity severity, string code, string trigger, string summary, string detail)
        => new(severity, code, summary, detail, Resource: trigger, Property: "payload");

    /// <summary>Parses a payload as Zendesk's Liquid reads it.</summary>
    public static Template Parse(string payload) => ZendeskLiquid.Parse(payload);

    public static string Render(Template template, SampleTicket ticket, string doNotSendFieldId, IReadOnlyList<string>? optionFieldIds = null)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return ZendeskLiquid.Render(template, new TicketPlaceholders
        {
            Id = ticket.Id,
            Link = $"https://acme.zendesk.com/agent/tickets/{ticket.Id}",
            Tags = ticket.Tags,
            AssigneeEmail = ticket.AssigneeEmail,
            RequesterName = ticket.RequesterName,
            RequesterEmail = ticket.RequesterEmail,
            RequesterLocale = ticket.RequesterLocale,
            BrandName = ticket.BrandName,
            Fields = new Dictionary<string, string> { [doNotSendFieldId] = ticket.DoNotSend },
            FieldOptionTitles = (optionFieldIds ?? []).ToDictionary(id => id, _ => ticket.OptionTitle),
        });
    }

    private static List<string> Problems(string rendered, out List<string> warnings)
    {
        warnings = [];
        JsonObject body;
        try
        {
            body = JsonNode.Parse(rendered) as JsonObject ?? throw new JsonException("not an object");
        }
        catch (JsonException ex)
        {
            return [$"it renders to invalid JSON ({ex.Message.Split('.')[0]}): {rendered}"];
        }

        var problems = new List<string>();
        Require(body, problems, "channel");
        Require(body, problems, "employee", "email");
        Require(body, problems, "customer", "name");
        Require(body, problems, "customer", "email");
        Require(body, problems, "ext_interaction_id");
        if (body["do_not_send"] is not JsonValue doNotSend || Text(doNotSend) is not ("true" or "false" or ""))
        {
            problems.Add("do_not_send must be true or false");
        }
        else if (Text(doNotSend) == "")
        {
            warnings.Add("do_not_send renders empty while the box was never set; Stella reads it as false");
        }

        if (body["tags"] is JsonArray tags && tags.Count > MaxTags)
        {
            warnings.Add($"{tags.Count} tags: Stella takes at most {MaxTags}");
        }

        if (Text(body["customer"]?["email"]) == "no_email")
        {
            warnings.Add("no email: Stella records the interaction but cannot send a survey");
        }

        return problems;
    }

    private static void Require(JsonObject body, List<string> problems, params string[] path)
    {
        JsonNode? node = body;
        foreach (var key in path)
        {
            node = (node as JsonObject)?[key];
        }

        if (Text(node) is not { Length: > 0 })
        {
            problems.Add($"{string.Join('.', path)} is missing or empty");
        }
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : node?.ToJsonString();

}
