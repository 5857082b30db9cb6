using System.Globalization;
using System.Text.RegularExpressions;
using StellaIac.Zendesk;
using StellaIac.Zendesk.Channels;
using StellaIac.Zendesk.Triggers;

namespace StellaIac.Infra.Commands;

/// <summary>
/// What is deployed, read back from Zendesk: the triggers that notify the Stella webhook (one per channel), the
/// exclusion triggers that tick the do-not-send box, and from them the sample tickets that prove the setup.
/// </summary>
internal sealed partial record SimulationSetup(IReadOnlyList<SimulationSetup.SendTrigger> Sends, IReadOnlyList<string> ExclusionTags, long? DoNotSendFieldId)
{
    public static async Task<SimulationSetup> ReadAsync(ZendeskClient zendesk, string webhookId, CancellationToken ct)
    {
        var triggers = await zendesk.Triggers.ListAsync(new TriggerFilter { Active = true }, ct).ToListAsync(ct);
        var sends = triggers
            .Select(t => (Trigger: t, Body: t.Actions.FirstOrDefault(a => a.Field == "notification_webhook" && a.Value.Items is [var id, _] && id == webhookId)?.Value.Items![1]))
            .Where(s => s.Body is not null)
            .Select(s => Send(s.Trigger, s.Body!))
            .ToList();
        var fieldId = sends.Select(s => s.DoNotSendFieldId).FirstOrDefault(id => id is not null);
        var exclusionTags = triggers
            .Where(t => fieldId is not null && t.Actions.Any(a => a.Field == $"custom_fields_{fieldId}" && a.Value.Scalar == "true"))
            .SelectMany(t => t.Conditions.All.Concat(t.Conditions.Any))
            .Where(c => c is { Field: "current_tags", Operator: "includes" } && c.Value.Scalar is not null)
            .Select(c => c.Value.Scalar!.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0])
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new SimulationSetup(sends, exclusionTags, fieldId);
    }

    /// <summary>A ticket per channel, then the edge cases Stella's integration must survive.</summary>
    public IReadOnlyList<SimulationTicket> SampleTickets()
    {
        var samples = Sends.Select(s => Sample(s, $"{s.Channel}: solved")).ToList();
        if ((Sends.FirstOrDefault(s => s.Channel == "email") ?? (Sends.Count > 0 ? Sends[0] : null)) is { } first)
        {
            samples.Add(Sample(first, $"{first.Channel}: requester without email") with { RequesterEmail = null, RequesterName = "Walk-in customer" });
            samples.Add(Sample(first, $"{first.Channel}: quote and backslash in the name") with { RequesterName = "Pete \"The Rock\" O\\Neil" });
            if (ExclusionTags.Count > 0)
            {
                samples.Add(Sample(first, $"{first.Channel}: excluded (tag {ExclusionTags[0]})") with { TagsAddedOnSolve = [ExclusionTags[0]] });
            }

            if (DoNotSendFieldId is not null)
            {
                samples.Add(Sample(first, $"{first.Channel}: box ticked by hand") with { DoNotSendTicked = true });
            }
        }

        var covered = Sends.SelectMany(s => s.ViaIds).ToHashSet();
        if (NotIntegratedCandidates.Where(id => !covered.Contains(id)).Select(id => ViaChannels.All.FirstOrDefault(c => c.Id == id)).FirstOrDefault() is { } other)
        {
            samples.Add(new SimulationTicket { Name = $"{other.Title}: not integrated", ViaId = other.Id });
        }

        return samples;
    }

    /// <summary>A ticket on the trigger's channel: the via id titled like the channel (Email for email), else its first.</summary>
    private static SimulationTicket Sample(SendTrigger send, string name)
    {
        var via = send.ViaIds.FirstOrDefault(id => ViaChannels.All.Any(c => c.Id == id && c.Title.Contains(send.Channel, StringComparison.OrdinalIgnoreCase)), send.ViaIds[0]);
        return new() { Name = name, ViaId = via, Status = send.Status, Tags = send.RequiredTags };
    }

    private static SendTrigger Send(Trigger trigger, string body)
    {
        var conditions = trigger.Conditions.All.Concat(trigger.Conditions.Any).ToList();
        var viaIds = conditions.Where(c => c is { Field: "via_id", Operator: "is" }).Select(c => int.Parse(c.Value.Scalar!, CultureInfo.InvariantCulture)).ToList();
        var field = DoNotSendPlaceholder().Match(body);
        return new SendTrigger(
            trigger.Title,
            ChannelInPayload().Match(body) is { Success: true } channel ? channel.Groups[1].Value : trigger.Title,
            viaIds.Count > 0 ? viaIds : [ViaChannelsFallback],
            conditions.FirstOrDefault(c => c is { Field: "status", Operator: "value" or "is" })?.Value.Scalar ?? "solved",
            [.. trigger.Conditions.All.Where(c => c is { Field: "current_tags", Operator: "includes" }).Select(c => c.Value.Scalar!.Split(' ')[0])],
            field.Success ? long.Parse(field.Groups[1].Value, CultureInfo.InvariantCulture) : null);
    }

    /// <summary>Channels a ticket can come in by that the Stella triggers seldom cover: SMS, Twitter, Facebook.</summary>
    private static readonly int[] NotIntegratedCandidates = [57, 30, 41];

    /// <summary>Web form: a send trigger without a channel condition fires for any channel.</summary>
    private const int ViaChannelsFallback = 0;

    [GeneratedRegex("\"channel\":\\s*\"([^\"]*)\"")]
    private static partial Regex ChannelInPayload();

    [GeneratedRegex(@"ticket\.ticket_field_(\d+)")]
    private static partial Regex DoNotSendPlaceholder();

    /// <summary>A trigger that notifies Stella: its channel as the payload names it, the via ids and status it fires on.</summary>
    internal sealed record SendTrigger(string Title, string Channel, IReadOnlyList<int> ViaIds, string Status, IReadOnlyList<string> RequiredTags, long? DoNotSendFieldId);
}
