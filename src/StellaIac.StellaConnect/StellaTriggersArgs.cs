using StellaIac.Engine.Program;
using StellaIac.StellaConnect.Channels;
using StellaIac.StellaConnect.Payloads;

namespace StellaIac.StellaConnect;

/// <summary>What the triggers need: the webhook they notify, the do-not-send field they tick and name, the channels and exclusions.</summary>
public sealed record StellaTriggersArgs
{
    public required Output<string> WebhookId { get; init; }

    public required Output<string> DoNotSendFieldId { get; init; }

    public required IReadOnlyList<StellaChannel> Channels { get; init; }

    public IReadOnlyList<ExclusionRule> Exclusions { get; init; } = [];

    public PayloadOptions Payload { get; init; } = new();

    public string CategoryName { get; init; } = "Stella Connect";
}
