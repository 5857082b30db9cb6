using StellaIac.Engine.Values;

namespace StellaIac.Engine.Providers;

/// <summary>
/// A resource provider, shaped like Pulumi.Experimental.Provider: Check, Diff, Create, Read, Update, Delete
/// with immutable requests and responses, so that a move to the real SDK is a thin adapter. One instance
/// serves one package (the type tokens' first segment) per run, configured from the stack's namespace.
/// </summary>
public abstract class Provider
{
    /// <summary>Validates and completes inputs. By default, the inputs as given.</summary>
    public virtual Task<CheckResponse> Check(CheckRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Task.FromResult(new CheckResponse { Inputs = request.NewInputs });
    }

    /// <summary>By default the engine compares old and new inputs itself (<see cref="DiffResponse.Changes"/> null).</summary>
    public virtual Task<DiffResponse> Diff(DiffRequest request, CancellationToken ct) => Task.FromResult(new DiffResponse { Changes = null });

    public abstract Task<CreateResponse> Create(CreateRequest request, CancellationToken ct);

    public abstract Task<ReadResponse> Read(ReadRequest request, CancellationToken ct);

    public abstract Task<UpdateResponse> Update(UpdateRequest request, CancellationToken ct);

    public abstract Task Delete(DeleteRequest request, CancellationToken ct);

    /// <summary>
    /// An engine extension to Pulumi's contract: the id of an existing object the resource should adopt
    /// instead of creating a duplicate (what a hand-made setup left behind), or null.
    /// </summary>
    public virtual Task<string?> Adopt(AdoptRequest request, CancellationToken ct) => Task.FromResult<string?>(null);

    /// <summary>The config keys that are credentials: kept secret in the provider's state entry even when stored in plain text.</summary>
    public virtual IReadOnlySet<string> SecretConfig => new HashSet<string>();

    /// <summary>Called once before any other call, with the stack's config in the provider's namespace.</summary>
    public virtual Task Configure(System.Collections.Immutable.ImmutableDictionary<string, PropertyValue> config, CancellationToken ct) => Task.CompletedTask;
}
