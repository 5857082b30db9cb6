using System.Collections.Immutable;

namespace StellaIac.Engine.State;

/// <summary>A stack's deployment: its resources in dependency order and any pending operations.</summary>
public sealed record Checkpoint
{
    public required string Stack { get; init; }

    public ImmutableArray<ResourceState> Resources { get; init; } = [];

    public ImmutableArray<PendingOperation> PendingOperations { get; init; } = [];

    /// <summary>The passphrase provider's salt (the stack file's encryptionsalt), when secrets were written.</summary>
    public string? SecretsSalt { get; init; }

    public DateTimeOffset Time { get; init; }

    public ResourceState? Find(string urn) => Resources.FirstOrDefault(r => r.Urn == urn && !r.Delete);
}
