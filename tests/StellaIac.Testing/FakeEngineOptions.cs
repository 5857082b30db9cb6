namespace StellaIac.Testing;

/// <summary>How the fake engine runs: preview or update, for which stack, and what it refuses.</summary>
public sealed record FakeEngineOptions
{
    public string Project { get; init; } = "stella-iac";

    public string Stack { get; init; } = "test";

    public bool DryRun { get; init; }

    /// <summary>A resource type whose registration fails, as a policy or a provider failure makes it fail.</summary>
    public string? RefuseType { get; init; }

    /// <summary>False: an engine older than 3.180, without SignalAndWaitForShutdown.</summary>
    public bool SupportsShutdown { get; init; } = true;
}
