using StellaIac.Zendesk.Targets;
using StellaIac.Zendesk.Triggers;

namespace Pulumi.Zendesk.Targets;

/// <summary>A legacy HTTP or URL target and the triggers that still notify it.</summary>
public sealed record LegacyTarget(Target Target, IReadOnlyList<Trigger> Triggers);
