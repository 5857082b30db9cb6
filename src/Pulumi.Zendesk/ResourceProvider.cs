using System.Collections.Immutable;
using System.Globalization;
using StellaIac.Engine.Providers;
using StellaIac.Engine.Values;
using StellaIac.Zendesk;
using StellaIac.Zendesk.Errors;

namespace Pulumi.Zendesk;

/// <summary>
/// One Zendesk resource's provider: the same calls as the engine's provider contract, for one type token.
/// Each is one file, its methods in the order Check, Diff, Create, Read, Update, Delete, Adopt.
/// </summary>
internal abstract class ResourceProvider(ZendeskClient client, ZendeskLookups? lookups = null)
{
    protected ZendeskClient Zendesk { get; } = client;

    /// <summary>Adoption look-ups shared by the providers of one command (see <see cref="ZendeskLookups"/>).</summary>
    protected ZendeskLookups Lookups { get; } = lookups ?? new ZendeskLookups();

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

    /// <summary>An existing object under the resource's natural key is adopted; the look-up is asked once per command.</summary>
    public Task<string?> Adopt(AdoptRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        return NaturalKey(request.Inputs) is { } key ? AdoptAsync(request.Inputs, key.Value, ct) : Task.FromResult<string?>(null);
    }

    /// <summary>The adoption look-up under the natural key <paramref name="value"/>: by default <see cref="FindAsync"/>, asked once per command.</summary>
    protected virtual Task<string?> AdoptAsync(ImmutableDictionary<string, PropertyValue> inputs, string value, CancellationToken ct)
        => Lookups.GetOrAddAsync(Zendesk, $"{Schema.Token}|{value}", () => FindAsync(inputs, ct));

    /// <summary>What names the object in Zendesk besides its id (a title, a name), or null for a resource never adopted.</summary>
    protected virtual (string Property, string Value)? NaturalKey(ImmutableDictionary<string, PropertyValue> inputs) => null;

    /// <summary>The id of the object Zendesk holds under the natural key, asked now.</summary>
    protected virtual Task<string?> FindAsync(ImmutableDictionary<string, PropertyValue> inputs, CancellationToken ct) => Task.FromResult<string?>(null);

    /// <summary>
    /// Creates. When the answer is lost (a dropped connection, a timeout or a 5xx after the request was sent, so
    /// Zendesk may have applied it), looks the object up by its natural key at once: one found is adopted and
    /// brought to the inputs; none found is created again, once. The response says which happened.
    /// </summary>
    protected async Task<CreateResponse> CreateOrRecoverAsync(CreateRequest request, Func<Task<CreateResponse>> create, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(create);
        try
        {
            return await create();
        }
        catch (ZendeskException lost) when (MayHaveBeenApplied(lost) && NaturalKey(request.Inputs) is { } key)
        {
            if (await FindAsync(request.Inputs, ct) is { } id)
            {
                var update = new UpdateRequest(request.Urn, request.Type, id, request.Inputs, PropertyMap.Empty, request.Inputs, [], Preview: false);
                var adopted = await Update(update, ct);
                return new CreateResponse(id, adopted.Outputs) { Note = $"created; the first answer was lost ({lost.Message}), found by {key.Property}" };
            }

            var again = await create();
            return again with { Note = $"created on a second attempt; the first answer was lost ({lost.Message}) and nothing named by its {key.Property} was there" };
        }
    }

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

    private static bool MayHaveBeenApplied(ZendeskException error)
        => error is ZendeskServerException or ZendeskTransportException { MayHaveBeenApplied: true };

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
