namespace StellaIac.Engine.Deploy;

/// <summary>How an operation runs.</summary>
public sealed record DeploymentOptions
{
    /// <summary>How many provider calls may run at once; independent steps run in parallel up to it.</summary>
    public int Parallelism { get; init; } = 8;

    /// <summary>Told of each step as it starts and as it ends (live progress).</summary>
    public IDeploymentObserver? Observer { get; init; }

    /// <summary>
    /// Read every resource from the provider before a preview or up (Pulumi's <c>--refresh</c>), so drift made
    /// behind the tool's back is planned against: healed by an up, shown by a preview. A preview keeps the
    /// refreshed state in memory; an up writes it.
    /// </summary>
    public bool Refresh { get; init; }
}
