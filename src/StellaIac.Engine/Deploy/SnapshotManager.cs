using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using StellaIac.Engine.Secrets;
using StellaIac.Engine.State;

namespace StellaIac.Engine.Deploy;

/// <summary>
/// The checkpoint as an operation goes: the states this run produced, in the order they finished (so
/// dependencies come first), followed by the old states not yet dealt with. Written after every step
/// when the operation applies, so that a crash or a failure loses nothing.
/// </summary>
internal sealed class SnapshotManager
{
    private readonly Lock gate = new();
    private readonly Checkpoint old;
    private readonly StateStore? store;
    private readonly StackSecrets secrets;
    private readonly TimeProvider time;
    private readonly List<ResourceState> fresh = [];
    private readonly HashSet<ResourceState> retired = new(ReferenceEqualityComparer.Instance);
    private readonly List<PendingOperation> pending = [];
    private readonly Dictionary<ResourceState, ResourceState> inPlace = new(ReferenceEqualityComparer.Instance);
    private readonly ConditionalWeakTable<ResourceState, string> serialised = [];
    private bool written;

    public SnapshotManager(Checkpoint old, StateStore? store, StackSecrets secrets, TimeProvider time)
    {
        this.old = old;
        this.store = store;
        this.secrets = secrets;
        this.time = time;
        pending.AddRange(old.PendingOperations);
    }

    /// <summary>Operations an earlier run started and never finished.</summary>
    public ImmutableArray<PendingOperation> Interrupted => old.PendingOperations;

    public void Begin(ResourceState resource, string operation)
    {
        lock (gate)
        {
            pending.Add(new PendingOperation(resource, operation));
            Save();
        }
    }

    /// <summary>Records a finished step: <paramref name="replaced"/> leaves the state, <paramref name="result"/> joins it.</summary>
    public void Complete(ResourceState? replaced, ResourceState? result, ResourceState? begun = null)
    {
        lock (gate)
        {
            var index = replaced is null ? -1 : fresh.IndexOf(replaced);
            if (index >= 0)
            {
                // A state this run produced changes again (a component's outputs): it keeps its place.
                if (result is null)
                {
                    fresh.RemoveAt(index);
                }
                else
                {
                    fresh[index] = result;
                }
            }
            else
            {
                if (replaced is not null)
                {
                    retired.Add(replaced);
                }

                if (result is not null)
                {
                    fresh.Add(result);
                }
            }

            if (begun is not null)
            {
                pending.RemoveAll(p => ReferenceEquals(p.Resource, begun));
            }

            Save();
        }
    }

    /// <summary>Swaps an old state for its refreshed self, keeping its place in the order.</summary>
    public void ReplaceInPlace(ResourceState old, ResourceState refreshed)
    {
        lock (gate)
        {
            inPlace[old] = refreshed;
            Save();
        }
    }

    /// <summary>Clears what an interrupted earlier run left pending, once this run has dealt with those resources.</summary>
    public void ClearInterrupted()
    {
        lock (gate)
        {
            pending.RemoveAll(p => old.PendingOperations.Contains(p));
            Save();
        }
    }

    public Checkpoint Current()
    {
        lock (gate)
        {
            return Build();
        }
    }

    private Checkpoint Build() => new()
    {
        Stack = old.Stack,
        Time = time.GetUtcNow(),
        SecretsSalt = secrets.EncryptionSalt ?? old.SecretsSalt,
        Resources = [.. fresh, .. old.Resources.Where(r => !retired.Contains(r)).Select(r => inPlace.GetValueOrDefault(r, r))],
        PendingOperations = [.. pending],
    };

    private void Save()
    {
        if (store is null)
        {
            return;
        }

        var checkpoint = Build();
        store.Save(checkpoint, () => secrets.Crypter, serialised, keepBackup: !written);
        written = true;
    }
}
