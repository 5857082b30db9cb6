using StellaIac.Engine.Providers;
using StellaIac.Zendesk;

namespace Pulumi.Zendesk;

/// <summary>
/// One Zendesk resource's provider: the same calls as the engine's provider contract, for one type token.
/// Each is one file, its methods in the order Check, Diff, Create, Read, Update, Delete, Adopt.
/// </summary>
internal abstract class ResourceProvider(ZendeskClient client)
{
    protected ZendeskClient Zendesk { get; } = client;

    public abstract Schema.ResourceSchema Schema { get; }

    public abstract Task<CheckResponse> Check(CheckRequest request, CancellationToken ct);

    public virtual Task<DiffResponse> Diff(DiffRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Task.FromResult(Schema.Diff(request.OldInputs, request.OldOutputs, request.NewInputs));
    }

    public abstract Task<CreateResponse> Create(CreateRequest request, CancellationToken ct);

    public abstract Task<ReadResponse> Read(ReadRequest request, CancellationToken ct);

    public abstract Task<UpdateResponse> Update(UpdateRequest request, CancellationToken ct);

    public abstract Task Delete(DeleteRequest request, CancellationToken ct);

    public virtual Task<string?> Adopt(AdoptRequest request, CancellationToken ct) => Task.FromResult<string?>(null);
}
