using StellaIac.Engine.Program;
using StellaIac.StellaConnect.Channels;
using StellaIac.StellaConnect.Payloads;

namespace StellaIac.StellaConnect;

/// <summary>Everything the seed's procedure needs, in one set of arguments.</summary>
public sealed record StellaConnectIntegrationArgs
{
    /// <summary>The stack's Stella Connect API key (test or production), best read with <c>config.RequireSecret</c>: kept secret, never printed.</summary>
    public required Input<string> ApiKey { get; init; }

    public required IReadOnlyList<StellaChannel> Channels { get; init; }

    public IReadOnlyList<ExclusionRule> Exclusions { get; init; } = [];

    public PayloadOptions Payload { get; init; } = new();

    /// <summary>Production: every other CSAT survey off, and the go-live checklist.</summary>
    public bool GoLive { get; init; }

    /// <summary>Going live, also deactivate custom triggers and automations that send a CSAT survey (restored on destroy); without it they fail the go-live.</summary>
    public bool DeactivateCustomCsatRules { get; init; }

    /// <summary>The seed's "Auto-assign tickets upon solve" (an agent must be assigned at solve for Stella to send).</summary>
    public bool AutoAssignUponSolve { get; init; } = true;

    public string WebhookName { get; init; } = "Stella Connect";

    public string FieldTitle { get; init; } = "Do not Send Stella Connect Survey";

    public string CategoryName { get; init; } = "Stella Connect";

    /// <summary>Your Stella Connect domain (<c>https://&lt;domain&gt;.stellaconnect.net</c>), for the checklist's links.</summary>
    public string? StellaDomain { get; init; }

    /// <summary>The key fingerprints of the project's other stacks: a stack that goes live must not share one.</summary>
    public IReadOnlyDictionary<string, string> OtherStackKeyFingerprints { get; init; } = new Dictionary<string, string>();
}
