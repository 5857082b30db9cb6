using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using StellaIac.Cli;
using StellaIac.Engine.Configuration;
using StellaIac.Zendesk;
using StellaIac.Zendesk.Channels;
using StellaIac.Zendesk.Emulator.Control;
using StellaIac.Zendesk.Tickets;

namespace StellaIac.Infra.Commands;

/// <summary>
/// Proves the deployed integration end to end on the emulator: a sample ticket per channel and per edge case is
/// created and solved, Zendesk's triggers fire, and the table shows what Stella received and whether it accepted it.
/// </summary>
internal static class SimulateCommand
{
    private static readonly Option<bool> Json = new("--json") { Description = "Write the outcomes as JSON" };
    private static readonly Option<FileInfo?> TicketFile = new("--ticket") { Description = "A JSON list of sample tickets to simulate instead of the built-in ones" };
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { WriteIndented = true };
    private static readonly JsonSerializerOptions FileOptions = new(JsonSerializerDefaults.Web) { UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow };

    public static CliExtension Extension { get; } = new("simulate", "Create and solve sample tickets on the emulator and show what each trigger sends to Stella (never on a real account)", RunAsync)
    {
        Options = [Json, TicketFile],
    };

    private static async Task<int> RunAsync(CliSession session, ParseResult parse, CancellationToken ct)
    {
        var file = parse.GetValue(TicketFile);
        var custom = file is null ? null : ReadTickets(file);
        using var control = await EmulatorOnly.RequireAsync(session, ct);
        var webhookId = StackZendesk.WebhookId(session);
        using var zendesk = await StackZendesk.ClientAsync(session, ct);
        var setup = await SimulationSetup.ReadAsync(zendesk, webhookId, ct);
        var outcomes = new List<SimulationOutcome>();
        foreach (var sample in custom ?? setup.SampleTickets())
        {
            outcomes.Add(await SimulateAsync(zendesk, control, setup.DoNotSendFieldId, sample, ct));
        }

        await session.Output.WriteLineAsync(parse.GetValue(Json) ? JsonSerializer.Serialize(outcomes, JsonOptions) : SimulationTable.Render(outcomes));
        return ExitCodes.Success;
    }

    private static async Task<SimulationOutcome> SimulateAsync(ZendeskClient zendesk, EmulatorControl control, long? doNotSendFieldId, SimulationTicket sample, CancellationToken ct)
    {
        var ticket = await zendesk.Tickets.CreateAsync(new TicketContent
        {
            Subject = sample.Name,
            Comment = new TicketComment("A sample ticket of `simulate`."),
            Requester = new TicketRequester { Name = sample.RequesterName, Email = sample.RequesterEmail, Locale = sample.RequesterLocale },
            AssigneeEmail = sample.AssigneeEmail,
            ViaId = sample.ViaId,
            Status = "open",
            Tags = sample.Tags,
            CustomFields = sample.DoNotSendTicked && doNotSendFieldId is { } field ? [new TicketFieldValue(field, true)] : null,
        }, ct);
        await zendesk.Tickets.UpdateAsync(ticket.Id, new TicketContent { Status = sample.Status, Tags = sample.TagsAddedOnSolve.Count > 0 ? [.. ticket.Tags, .. sample.TagsAddedOnSolve] : null }, ct);
        var runs = (await control.TriggerRunsAsync(ticket.Id, ct)).OfType<JsonObject>().ToList();
        var fired = runs.Select(r => $"{((string?)r["update_type"] == "Create" ? "create" : sample.Status)}: {(r["fired"]!.AsArray().Count == 0 ? "(none)" : string.Join(" > ", r["fired"]!.AsArray().Select(t => (string?)t!["title"])))}").ToList();
        var deliveries = runs.SelectMany(r => r["notifications"]!.AsArray().OfType<JsonObject>())
            .Where(n => (string?)n["kind"] == "webhook")
            .Select(n => new SimulationOutcome.StellaDelivery((string?)n["trigger_title"] ?? "", (string?)n["body"] ?? (string?)n["reason"] ?? "", (bool?)n["accepted"] ?? false, (int?)n["response_code"] ?? 0, (string?)n["response_body"] ?? ""))
            .ToList();
        return new SimulationOutcome
        {
            Sample = sample.Name,
            TicketId = ticket.Id,
            Channel = ViaChannels.All.FirstOrDefault(c => c.Id == sample.ViaId)?.Title ?? sample.ViaId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            TriggersFired = fired,
            Deliveries = deliveries,
            NothingSentBecause = deliveries.Count == 0 ? "no trigger notified the Stella webhook" : null,
            Unsupported = [.. runs.SelectMany(r => r["unsupported"]!.AsArray()).Select(u => $"{u!["trigger_title"]}: {u["unsupported"]}").Distinct(StringComparer.Ordinal)],
        };
    }

    private static List<SimulationTicket> ReadTickets(FileInfo file)
    {
        List<SimulationTicket> tickets;
        try
        {
            using var stream = file.OpenRead();
            tickets = JsonSerializer.Deserialize<List<SimulationTicket>>(stream, FileOptions)
                ?? throw new JsonException("the file holds null, not a list of tickets");
        }
        catch (IOException ex)
        {
            throw new ConfigurationException($"--ticket {file.FullName}: {ex.Message}", ex);
        }
        catch (JsonException ex)
        {
            throw new ConfigurationException($"--ticket {file.FullName}: {(ex.Path is null ? "" : $"at {ex.Path} (line {ex.LineNumber + 1}): ")}{ex.Message.Split(" Path:")[0]} Expected a JSON list of tickets such as [{{\"name\":\"vip email\",\"viaId\":4,\"tags\":[\"vip\"]}}].", ex);
        }

        for (var i = 0; i < tickets.Count; i++)
        {
            if (!ViaChannels.All.Any(c => c.Id == tickets[i].ViaId))
            {
                throw new ConfigurationException($"--ticket {file.FullName}: $[{i}].viaId {tickets[i].ViaId} is not a Zendesk channel. Known: {string.Join(", ", ViaChannels.All.Select(c => $"{c.Id} {c.Title}"))}.");
            }
        }

        return tickets;
    }
}
