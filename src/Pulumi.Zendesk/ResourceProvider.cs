using System.Globalization;
using StellaIac.Engine.Providers;
using StellaIac.Zendesk;
using StellaIac.Zendesk.Errors;

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

    /// <summary>Runs a delete; an object already gone is what a delete wants.</summary>
    protected static async Task DeleteIfPresent(Func<Task> delete)
    {
        ArgumentNullException.ThrowIfNull(delete);
        try
        {
            await delete();
        }
        catch (ZendeskNotFoundException)
        {
            // Already gone.
        }
    }

    /// <summary>Runs a read; an object Zendesk no longer has reads as gone.</summary>
    protected static async Task<ReadResponse> ReadOrGone(Func<Task<ReadResponse>> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        try
        {
            return await read();
        }
        catch (ZendeskNotFoundException)
        {
            return ReadResponse.Gone;
        }
    }

    /// <summary>A read by numeric id: an id that is not a number (a mistyped import) or an object Zendesk no longer has reads as gone.</summary>
    protected static Task<ReadResponse> ReadOrGone(string id, Func<long, Task<ReadResponse>> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        return long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? ReadOrGone(() => read(number))
            : Task.FromResult(ReadResponse.Gone);
    }

    /// <summary>The numeric id Zendesk gives fields, triggers and automations.</summary>
    protected static long NumericId(string id) => long.Parse(id, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>The id of the first listed object the predicate picks (adoption by natural key), or null.</summary>
    protected static async Task<string?> FirstIdAsync<T>(IAsyncEnumerable<T> objects, Func<T, bool> pick, Func<T, string> id)
    {
        ArgumentNullException.ThrowIfNull(objects);
        ArgumentNullException.ThrowIfNull(pick);
        ArgumentNullException.ThrowIfNull(id);
        await foreach (var item in objects)
        {
            if (pick(item))
            {
                return id(item);
            }
        }

        return null;
    }
}
