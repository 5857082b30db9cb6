using StellaIac.Engine.Deploy;
using StellaIac.StellaConnect.Channels;

namespace StellaIac.StellaConnect.Validation;

/// <summary>
/// What a Stella administrator would check before anything is sent: one send trigger per declared
/// channel, no two send triggers firing for the same ticket change, sound exclusions, a Stella channel name
/// the payload can carry, custom-field tags Stella can take, and a production key no other stack shares.
/// (Exclusions above sends is built in: the trigger order lists them first.) The key's checks are apart:
/// the key is a secret, read only inside an Apply.
/// </summary>
public static class IntegrationValidator
{
    private static readonly string[] Statuses = ["new", "open", "pending", "hold", "solved", "closed"];

    public static IReadOnlyList<Diagnostic> Problems(StellaConnectIntegrationArgs args, string stack)
    {
        ArgumentNullException.ThrowIfNull(args);
        var problems = new List<Diagnostic>();
        if (args.Channels.Count == 0)
        {
            problems.Add(Problem(StellaDiagnosticCodes.NoChannel, "channels", "declare at least one channel (chat, email, phone or a custom channel)"));
        }

        foreach (var kind in args.Channels.Where(c => c.Kind != ChannelKind.Custom).GroupBy(c => c.Kind).Where(g => g.Count() > 1))
        {
            problems.Add(Problem(StellaDiagnosticCodes.DuplicateChannel, "channels", $"{kind.Key.ToString().ToLowerInvariant()} is declared {kind.Count()} times; each channel gets one send trigger"));
        }

        foreach (var name in args.Channels.Where(c => c.Kind == ChannelKind.Custom).GroupBy(c => c.StellaName).Where(g => g.Count() > 1))
        {
            problems.Add(Problem(StellaDiagnosticCodes.DuplicateChannel, "channels", $"the custom channel '{name.Key}' is declared {name.Count()} times"));
        }

        foreach (var (channel, index) in args.Channels.Select((c, i) => (c, i)))
        {
            var place = $"channels[{index}] ({channel.StellaName})";
            if (!Statuses.Contains(channel.Status))
            {
                problems.Add(Problem(StellaDiagnosticCodes.UnknownStatus, place, $"'{channel.Status}' is not a ticket status; use {string.Join(", ", Statuses)}"));
            }

            if (channel.Kind == ChannelKind.Custom)
            {
                if (string.IsNullOrWhiteSpace(channel.StellaName) || channel.StellaName.Any(c => c is '"' or '\\' || char.IsControl(c)))
                {
                    problems.Add(Problem(StellaDiagnosticCodes.UnsafeChannelName, place, "the Stella channel name must be the name set up in Stella Connect, without quotes or backslashes (it is written into the JSON payload)"));
                }

                if (channel.ChannelConditions.Count == 0)
                {
                    problems.Add(Problem(StellaDiagnosticCodes.MissingChannelCondition, place, "a custom channel needs its channel condition (e.g. via_id is 55)"));
                }
            }
        }

        foreach (var overlap in Overlaps(args.Channels))
        {
            problems.Add(overlap);
        }

        foreach (var (rule, index) in args.Exclusions.Select((r, i) => (r, i)))
        {
            if (rule.All.Count + rule.Any.Count == 0)
            {
                problems.Add(Problem(StellaDiagnosticCodes.EmptyExclusion, $"exclusions[{index}] ({rule.Title})", "an exclusion needs at least one condition, or it would stop every survey"));
            }
        }

        foreach (var title in args.Exclusions.GroupBy(r => r.Title).Where(g => g.Count() > 1))
        {
            problems.Add(Problem(StellaDiagnosticCodes.DuplicateExclusion, "exclusions", $"the title '{title.Key}' is used {title.Count()} times; give each exclusion its own title"));
        }

        var tagFields = args.Payload.Tags.CustomFieldIds;
        if (tagFields.Any(id => !long.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _)))
        {
            problems.Add(Problem(StellaDiagnosticCodes.TagFieldNotId, "payload.tags", "custom fields are named by their numeric ids"));
        }

        if (tagFields.Count > 20)
        {
            problems.Add(Problem(StellaDiagnosticCodes.TooManyTagFields, "payload.tags", $"{tagFields.Count} custom fields; Stella takes at most 20 tags"));
        }

        return problems;
    }

    /// <summary>The key's problems: empty, or going live with a key another stack of the project uses.</summary>
    public static IReadOnlyList<Diagnostic> KeyProblems(string key, StellaConnectIntegrationArgs args, string stack)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (string.IsNullOrWhiteSpace(key))
        {
            return [Problem(StellaDiagnosticCodes.EmptyKey, "apiKey", "the Stella Connect API key is empty; set it with `config set --secret stella-iac:stellaApiKey <key>`")];
        }

        var fingerprint = StellaKey.Fingerprint(key);
        return args.GoLive
            ? [.. args.OtherStackKeyFingerprints.Where(o => o.Key != stack && o.Value == fingerprint).Select(other =>
                Problem(StellaDiagnosticCodes.SharedKey, "apiKey", $"the stack '{stack}' goes live with the same Stella key as the stack '{other.Key}'; production needs the production key (and test stacks the test key)"))]
            : [];
    }

    /// <summary>Two send triggers covering the same channel would both fire for one ticket change.</summary>
    private static IEnumerable<Diagnostic> Overlaps(IReadOnlyList<StellaChannel> channels)
    {
        for (var i = 0; i < channels.Count; i++)
        {
            for (var j = i + 1; j < channels.Count; j++)
            {
                var shared = channels[i].ViaIds.Intersect(channels[j].ViaIds).ToList();
                if (shared.Count > 0 && channels[i].Status == channels[j].Status)
                {
                    yield return Problem(StellaDiagnosticCodes.OverlappingChannels, "channels", $"{channels[i].StellaName} and {channels[j].StellaName} both cover via_id {string.Join(", ", shared)}; their send triggers would both fire for the same ticket");
                }
            }
        }
    }

    /// <summary>An unsound declaration: the place in the arguments (the property path) and what is wrong.</summary>
    private static Diagnostic Problem(string code, string place, string message) => new(Severity.Error, code, message, "", Property: place);
}
