using System.Collections.Immutable;
using StellaIac.Engine.Configuration;
using StellaIac.Engine.Values;

namespace StellaIac.Engine.PulumiHost;

/// <summary>What Pulumi's Construct asks of a provider that serves a component: where to register, and the component's type, name, parent and inputs.</summary>
public sealed record ConstructRequest
{
    /// <summary>The calling program's ResourceMonitor (monitorEndpoint): the component and its children register there.</summary>
    public required string MonitorAddress { get; init; }

    public required string Project { get; init; }

    public required string Stack { get; init; }

    public required bool DryRun { get; init; }

    public required StackConfiguration Config { get; init; }

    public required string Type { get; init; }

    public required string Name { get; init; }

    /// <summary>The URN the component goes under; empty for none.</summary>
    public string? Parent { get; init; }

    public ImmutableDictionary<string, PropertyValue> Inputs { get; init; } = PropertyMap.Empty;

    /// <summary>The caller's resource options for the component, and where its inputs flow.</summary>
    public ConstructOptions Options { get; init; } = new();
}
