using System.Collections.Concurrent;
using Pulumi.Zendesk.Triggers;
using StellaIac.Zendesk;
using StellaIac.Zendesk.Http;

namespace Pulumi.Zendesk;

/// <summary>
/// Answers Zendesk gave to look-ups that do not change within one command: which objects exist already under
/// a resource's natural key (to adopt them) and the webhook a trigger's check reads. Give one instance to the
/// providers of one command, and the preview and the apply of an <c>up</c> ask Zendesk once, not twice.
/// A failed look-up is not kept, so the next caller asks again.
/// </summary>
public sealed class ZendeskLookups
{
    private readonly ConcurrentDictionary<string, Lazy<Task<object?>>> answers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TriggerTitleSearch> triggerTitles = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RequestPacer> pacers = new(StringComparer.Ordinal);

    /// <summary>The command's request budget for one account, shared by every client the command configures.</summary>
    internal RequestPacer Pacer(ZendeskEndpoint endpoint, int perMinute) => pacers.GetOrAdd($"{endpoint}|{perMinute}", _ => new RequestPacer(perMinute));

    /// <summary>The titles the program declares and the searches that found them, for one account.</summary>
    internal TriggerTitleSearch TriggerTitles(ZendeskClient client) => triggerTitles.GetOrAdd(client.Endpoint.ToString(), _ => new TriggerTitleSearch());

    internal async Task<T> GetOrAddAsync<T>(ZendeskClient client, string key, Func<Task<T>> fetch)
    {
        var scoped = $"{client.Endpoint}|{key}";
        var fresh = new Lazy<Task<object?>>(async () => await fetch());
        var lazy = answers.GetOrAdd(scoped, fresh);
        try
        {
            return (T)(await lazy.Value)!;
        }
        catch
        {
            answers.TryRemove(new KeyValuePair<string, Lazy<Task<object?>>>(scoped, lazy));
            throw;
        }
    }
}
