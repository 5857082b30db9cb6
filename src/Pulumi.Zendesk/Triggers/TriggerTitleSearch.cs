using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using StellaIac.Zendesk.Triggers;
using ZendeskTrigger = StellaIac.Zendesk.Triggers.Trigger;

namespace Pulumi.Zendesk.Triggers;

/// <summary>
/// Adoption of triggers by title at one search per command, whatever the number of declared triggers. Check
/// declares each title; the first look-up waits until declarations pause (a program registers its triggers in a
/// burst), then searches the run of words most declared titles share (the integration's "Connect request"),
/// pages through the answer and matches titles exactly here. A title that contains an earlier
/// search's query is answered from that search without asking Zendesk again, so a title declared late costs
/// at most one more search, never a wrong answer.
/// A title sharing no run of <see cref="MinimumQueryWords"/> words with the others (one word could match much of
/// the account) is searched by a run of its own words.
/// </summary>
internal sealed class TriggerTitleSearch
{
    /// <summary>A single shared word ("Send") could page through most of a large account; two narrow it enough.</summary>
    public const int MinimumQueryWords = 2;

    /// <summary>How long no title must be declared before the first search, and the longest it waits for that.</summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan MostWait = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<string, byte> declared = new(StringComparer.Ordinal);
    private long lastDeclared = Stopwatch.GetTimestamp();
    private readonly ConcurrentDictionary<string, Lazy<Task<List<ZendeskTrigger>>>> searches = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Records a title the program declares, so the next search can cover it.</summary>
    public void Declare(string title)
    {
        if (declared.TryAdd(title, 0))
        {
            Interlocked.Exchange(ref lastDeclared, Stopwatch.GetTimestamp());
        }
    }

    /// <summary>The id of the trigger titled exactly <paramref name="title"/>, or null: from a search made already when one covers it.</summary>
    public async Task<string?> FindAsync(TriggersClient triggers, string title, CancellationToken ct)
    {
        Declare(title);
        if (!searches.Keys.Any(q => Covers(q, title)))
        {
            await SettleAsync(ct);
        }

        var query = searches.Keys.FirstOrDefault(q => Covers(q, title)) ?? QueryFor(title);
        var search = searches.GetOrAdd(query, q => new Lazy<Task<List<ZendeskTrigger>>>(() => triggers.SearchAsync(q, ct).ToListAsync(ct).AsTask()));
        List<ZendeskTrigger> found;
        try
        {
            found = await search.Value;
        }
        catch
        {
            searches.TryRemove(KeyValuePair.Create(query, search));
            throw;
        }

        return found.Find(t => t.Title == title) is { } trigger ? trigger.Id.ToString(CultureInfo.InvariantCulture) : null;
    }

    /// <summary>
    /// The run of at least <see cref="MinimumQueryWords"/> of the title's words that the most declared titles contain
    /// (case aside); of those, the shortest, then the first in ordinal order. The shortest is the likeliest to cover a
    /// title declared after the search began too ("Connect request" covers every title of the integration, whichever
    /// of them were declared first), and the order makes concurrent look-ups pick the same. A title of one word is
    /// its own query.
    /// </summary>
    internal string QueryFor(string title)
    {
        var titles = declared.Keys.ToList();
        var words = Words(title);
        var best = Enumerable.Range(MinimumQueryWords, Math.Max(0, words.Length - MinimumQueryWords + 1))
            .SelectMany(length => Enumerable.Range(0, words.Length - length + 1).Select(start => (Query: string.Join(' ', words, start, length), Length: length)))
            .Select(run => (run.Query, run.Length, Covered: titles.Count(t => Covers(run.Query, t))))
            .OrderByDescending(run => run.Covered).ThenBy(run => run.Length).ThenBy(run => run.Query, StringComparer.OrdinalIgnoreCase)
            .FirstOrDefault();
        return words.Length < MinimumQueryWords ? title : best.Query;
    }

    /// <summary>
    /// Whether a search for <paramref name="query"/> returns a trigger titled <paramref name="title"/>: the query is
    /// a run of the title's words, and a part of its text, so a search by words or by text finds it.
    /// </summary>
    internal static bool Covers(string query, string title)
    {
        if (!title.Contains(query, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var wanted = Words(query);
        var words = Words(title);
        return Enumerable.Range(0, Math.Max(0, words.Length - wanted.Length + 1))
            .Any(start => wanted.Select((w, i) => string.Equals(w, words[start + i], StringComparison.OrdinalIgnoreCase)).All(same => same));
    }

    private async Task SettleAsync(CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(Interlocked.Read(ref lastDeclared)) < Quiet && Stopwatch.GetElapsedTime(started) < MostWait)
        {
            await Task.Delay(Quiet / 3, ct);
        }
    }

    private static string[] Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
