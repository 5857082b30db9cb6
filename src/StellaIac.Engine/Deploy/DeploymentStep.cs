using StellaIac.Engine.Providers;
using StellaIac.Engine.State;

namespace StellaIac.Engine.Deploy;

/// <summary>One planned or applied change to one resource, with its per-property diff.</summary>
public sealed record DeploymentStep
{
    public required StepOp Op { get; init; }

    public required string Urn { get; init; }

    public required string Type { get; init; }

    public ResourceState? Old { get; init; }

    public ResourceState? New { get; init; }

    public IReadOnlyDictionary<string, PropertyDiff> DetailedDiff { get; init; } = new Dictionary<string, PropertyDiff>();

    public IReadOnlyList<string> ReplaceReasons { get; init; } = [];

    public StepStatus Status { get; init; } = StepStatus.Planned;

    public string? Error { get; init; }

    /// <summary>The resource's name, the last part of its URN.</summary>
    public string Name => Program.Urn.Name(Urn);

    public bool IsChange => Op != StepOp.Same;
}
