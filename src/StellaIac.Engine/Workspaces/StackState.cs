using System.Collections.Immutable;
using StellaIac.Engine.Program;
using StellaIac.Engine.Secrets;
using StellaIac.Engine.State;
using StellaIac.Engine.Values;

namespace StellaIac.Engine.Workspaces;

/// <summary>
/// The one reader of a stack's state for hosts and programs: its resources and its outputs, with secrets
/// opened by the stack's passphrase, or left closed where no passphrase is needed (another stack's plain
/// outputs, a resource count). Nothing outside the engine parses a checkpoint.
/// </summary>
public sealed class StackState
{
    private readonly StateStore store;
    private readonly string stack;
    private readonly Func<StackSecrets> secrets;

    internal StackState(StateStore store, string stack, Func<StackSecrets> secrets)
    {
        this.store = store;
        this.stack = stack;
        this.secrets = secrets;
    }

    /// <summary>When the state was last written; null for a stack never deployed.</summary>
    public DateTime? LastUpdate => File.Exists(store.StackPath(stack)) ? File.GetLastWriteTimeUtc(store.StackPath(stack)) : null;

    /// <summary>The resources, secrets opened; empty for a stack never deployed.</summary>
    public IReadOnlyList<ResourceState> Resources() => store.Load(stack, secrets())?.Resources ?? [];

    /// <summary>How many resources the state holds (no passphrase needed); null for a stack never deployed.</summary>
    public int? ResourceCount() => store.LoadUnopened(stack)?.Resources.Length;

    /// <summary>The stack's outputs, secrets opened.</summary>
    public ImmutableDictionary<string, PropertyValue> Outputs() => OutputsOf(store.Load(stack, secrets()));

    /// <summary>The stack's outputs without the passphrase: secret outputs read as secret nulls.</summary>
    public ImmutableDictionary<string, PropertyValue> PlainOutputs() => OutputsOf(store.LoadUnopened(stack));

    private static ImmutableDictionary<string, PropertyValue> OutputsOf(Checkpoint? checkpoint)
        => checkpoint?.Resources.FirstOrDefault(r => r.Type == Urn.StackType)?.Outputs ?? PropertyMap.Empty;
}
