using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace StellaIac.Infra.Commands;

/// <summary>The simulation as a Markdown table, readable in a terminal and in a pull-request comment.</summary>
internal static class SimulationTable
{
    public static string Render(IReadOnlyList<SimulationOutcome> outcomes)
    {
        var table = new StringBuilder();
        table.AppendLine("| sample | ticket | channel | triggers fired, in order | Stella received | accepted |");
        table.AppendLine("|---|---|---|---|---|---|");
        foreach (var outcome in outcomes)
        {
            var received = outcome.Deliveries.Count == 0
                ? $"nothing: {outcome.NothingSentBecause}"
                : string.Join("<br>", outcome.Deliveries.Select(d => $"`{d.Body}`"));
            var accepted = outcome.Deliveries.Count == 0
                ? "-"
                : string.Join("<br>", outcome.Deliveries.Select(d => d.Accepted ? $"yes ({d.ResponseCode})" : $"**no** ({d.ResponseCode}: {Detail(d.Response)})"));
            table.Append(CultureInfo.InvariantCulture, $"| {Cell(outcome.Sample)} | {outcome.TicketId} | {Cell(outcome.Channel)} | {Cell(string.Join("<br>", outcome.TriggersFired))} | {Cell(received)} | {Cell(accepted)} |").AppendLine();
        }

        var unsupported = outcomes.SelectMany(o => o.Unsupported).Distinct(StringComparer.Ordinal).ToList();
        if (unsupported.Count > 0)
        {
            table.AppendLine().AppendLine("Not evaluated by the emulator (Zendesk may differ): " + string.Join("; ", unsupported));
        }

        return table.ToString().TrimEnd();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");

    /// <summary>Stella's own words: the <c>detail</c> of its problem answer, else the answer as it came.</summary>
    private static string Detail(string response)
    {
        try
        {
            return (string?)(JsonNode.Parse(response) as JsonObject)?["detail"] ?? response;
        }
        catch (JsonException)
        {
            return response;
        }
    }
}
