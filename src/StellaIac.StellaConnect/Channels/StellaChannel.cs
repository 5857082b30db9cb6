namespace StellaIac.StellaConnect.Channels;

/// <summary>
/// A channel the integration surveys, with the send trigger the seed describes for it: its title, the
/// status change that fires it, the channels (via ids) it covers, and the user's additional conditions.
/// </summary>
public sealed record StellaChannel
{
    private StellaChannel(ChannelKind kind, string stellaName, string title)
    {
        Kind = kind;
        StellaName = stellaName;
        Title = title;
    }

    public ChannelKind Kind { get; }

    /// <summary>The channel as Stella Connect knows it, written into the payload.</summary>
    public string StellaName { get; }

    public string Title { get; }

    /// <summary>The status the ticket changes to when the survey goes out (chat: the status chats are created in).</summary>
    public string Status { get; init; } = "solved";

    /// <summary>The channels this trigger covers; one is a condition of "all", several a condition of "any".</summary>
    public IReadOnlyList<int> ViaIds { get; init; } = [];

    /// <summary>A custom channel's own channel conditions (in "all"), when it is not a via id.</summary>
    public IReadOnlyList<RuleCondition> ChannelConditions { get; init; } = [];

    /// <summary>The seed's "any additional business logic" (in "all").</summary>
    public IReadOnlyList<RuleCondition> Conditions { get; init; } = [];

    public static StellaChannel Chat(string status = "solved", IEnumerable<int>? additionalChannels = null, IEnumerable<RuleCondition>? conditions = null)
        => new(ChannelKind.Chat, "chat", "Send Stella Connect request for chat channel")
        {
            Status = status,
            ViaIds = [29, .. additionalChannels ?? []],
            Conditions = [.. conditions ?? []],
        };

    public static StellaChannel Email(IEnumerable<int>? additionalChannels = null, IEnumerable<RuleCondition>? conditions = null)
        => new(ChannelKind.Email, "email", "Send Stella Connect request on ticket solved for email channel")
        {
            ViaIds = [0, 4, 48, .. additionalChannels ?? []],
            Conditions = [.. conditions ?? []],
        };

    /// <summary>Phone (incoming), phone (outgoing) and voicemail; <paramref name="includeCti"/> adds their CTI variants.</summary>
    public static StellaChannel Phone(bool includeCti = false, IEnumerable<int>? additionalChannels = null, IEnumerable<RuleCondition>? conditions = null)
        => new(ChannelKind.Phone, "phone", "Send Stella Connect request on ticket solved for phone channel")
        {
            ViaIds = [34, 35, 33, .. includeCti ? new[] { 45, 46, 44 } : [], .. additionalChannels ?? []],
            Conditions = [.. conditions ?? []],
        };

    /// <summary>A channel set up in Stella Connect under <paramref name="stellaName"/>, matched by the user's channel condition(s).</summary>
    public static StellaChannel Custom(string stellaName, IEnumerable<RuleCondition> channelConditions, IEnumerable<RuleCondition>? conditions = null)
    {
        ArgumentNullException.ThrowIfNull(channelConditions);
        var channel = channelConditions.ToList();
        return new(ChannelKind.Custom, stellaName, $"Send Stella Connect request on ticket solved for {stellaName}")
        {
            ChannelConditions = channel,
            ViaIds = [.. channel.Where(c => c.Field == "via_id" && c.Operator == "is" && int.TryParse(c.Value, out _)).Select(c => int.Parse(c.Value!, System.Globalization.CultureInfo.InvariantCulture))],
            Conditions = [.. conditions ?? []],
        };
    }
}
