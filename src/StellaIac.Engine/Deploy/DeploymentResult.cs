using System.Collections.Immutable;
using StellaIac.Engine.Values;

namespace StellaIac.Engine.Deploy;

/// <summary>What a preview, up, refresh or destroy did (or would do): its steps, diagnostics, stack outputs and duration.</summary>
public sealed record DeploymentResult
{
    public required DeploymentKind Kind { get; init; }

    public required bool IsPreview { get; init; }

    public IReadOnlyList<DeploymentStep> Steps { get; init; } = [];

    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];

    public ImmutableDictionary<string, PropertyValue> Outputs { get; init; } = PropertyMap.Empty;

    public TimeSpan Duration { get; init; }

    /// <summary>With <see cref="DeploymentOptions.Refresh"/>: what reading the provider first found (the drift since the last deploy).</summary>
    public DeploymentResult? Refreshed { get; init; }

    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);

    public bool HasChanges => Steps.Any(s => s.IsChange);

    /// <summary>Steps per op that were done (or, in a preview, planned), as Pulumi's change summary: a failed or skipped step is not counted.</summary>
    public IReadOnlyDictionary<StepOp, int> Counts => Steps.Where(s => s.Status is StepStatus.Done or StepStatus.Planned).GroupBy(s => s.Op).ToDictionary(g => g.Key, g => g.Count());
}
