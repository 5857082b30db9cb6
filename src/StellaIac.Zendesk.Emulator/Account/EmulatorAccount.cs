using System.Globalization;
using System.Text.Json.Nodes;

namespace StellaIac.Zendesk.Emulator.Account;

/// <summary>
/// One Zendesk account's data, as the API's JSON objects. Objects are stored as written (webhook
/// credentials included, as Zendesk keeps them) and shaped for output by the API layer.
/// </summary>
public sealed class EmulatorAccount
{
    private long nextId;
    private long webhookSequence;

    internal EmulatorAccount(long firstId) => nextId = firstId;

    public SortedDictionary<string, JsonObject> Webhooks { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<long, JsonObject> TicketFields { get; } = [];

    public SortedDictionary<long, JsonObject> Triggers { get; } = [];

    public SortedDictionary<long, JsonObject> TriggerCategories { get; } = [];

    public SortedDictionary<long, JsonObject> Automations { get; } = [];

    public SortedDictionary<long, JsonObject> Targets { get; } = [];

    public SortedDictionary<long, JsonObject> Brands { get; } = [];

    public SortedDictionary<long, JsonObject> Tickets { get; } = [];

    /// <summary>Requesters and assignees, made as tickets name them.</summary>
    public SortedDictionary<long, JsonObject> Users { get; } = [];

    /// <summary>Each ticket create and update's trigger run: what fired, what was sent, what the emulator cannot evaluate.</summary>
    public List<JsonObject> TriggerRuns { get; } = [];

    public JsonObject Settings { get; internal set; } = [];

    /// <summary>Webhook invocations, newest last; each carries its attempts.</summary>
    public List<JsonObject> Invocations { get; } = [];

    public List<JsonObject> StellaDeliveries { get; } = [];

    public long NextId() => nextId++;

    /// <summary>A ULID-shaped id (26 Crockford base-32 characters, time-ordered), as Zendesk gives webhooks.</summary>
    public string NextUlid(DateTimeOffset now)
    {
        const string alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        var time = (ulong)now.ToUnixTimeMilliseconds();
        var sequence = (ulong)++webhookSequence;
        var chars = new char[26];
        for (var i = 9; i >= 0; i--, time >>= 5)
        {
            chars[i] = alphabet[(int)(time & 31)];
        }

        for (var i = 25; i >= 10; i--, sequence >>= 5)
        {
            chars[i] = alphabet[(int)(sequence & 31)];
        }

        return new string(chars);
    }

    public static string Timestamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    internal JsonObject ToJson() => new()
    {
        ["next_id"] = nextId,
        ["webhook_sequence"] = webhookSequence,
        ["webhooks"] = Array(Webhooks.Values),
        ["ticket_fields"] = Array(TicketFields.Values),
        ["triggers"] = Array(Triggers.Values),
        ["trigger_categories"] = Array(TriggerCategories.Values),
        ["automations"] = Array(Automations.Values),
        ["targets"] = Array(Targets.Values),
        ["brands"] = Array(Brands.Values),
        ["tickets"] = Array(Tickets.Values),
        ["users"] = Array(Users.Values),
        ["trigger_runs"] = Array(TriggerRuns),
        ["settings"] = Settings.DeepClone(),
        ["invocations"] = Array(Invocations),
        ["stella_deliveries"] = Array(StellaDeliveries),
    };

    internal static EmulatorAccount FromJson(JsonObject json)
    {
        var account = new EmulatorAccount((long?)json["next_id"] ?? 1)
        {
            webhookSequence = (long?)json["webhook_sequence"] ?? 0,
            Settings = json["settings"]?.AsObject().DeepClone().AsObject() ?? [],
        };
        foreach (var webhook in Objects(json, "webhooks"))
        {
            account.Webhooks[(string)webhook["id"]!] = webhook;
        }

        Fill(account.TicketFields, json, "ticket_fields");
        Fill(account.Triggers, json, "triggers");
        Fill(account.TriggerCategories, json, "trigger_categories");
        Fill(account.Automations, json, "automations");
        Fill(account.Targets, json, "targets");
        Fill(account.Brands, json, "brands");
        Fill(account.Tickets, json, "tickets");
        Fill(account.Users, json, "users");
        account.TriggerRuns.AddRange(Objects(json, "trigger_runs"));
        account.Invocations.AddRange(Objects(json, "invocations"));
        account.StellaDeliveries.AddRange(Objects(json, "stella_deliveries"));
        return account;
    }

    private static JsonArray Array(IEnumerable<JsonObject> items) => [.. items.Select(i => i.DeepClone())];

    /// <summary>The objects listed under <paramref name="key"/>; anything but a list of objects there is a damaged file.</summary>
    private static IEnumerable<JsonObject> Objects(JsonObject json, string key) => json[key] switch
    {
        null => [],
        JsonArray items when items.All(i => i is JsonObject) => [.. items.Select(o => o!.DeepClone().AsObject())],
        _ => throw new InvalidDataException($"'{key}' is not a list of objects"),
    };

    private static void Fill(SortedDictionary<long, JsonObject> table, JsonObject json, string key)
    {
        foreach (var item in Objects(json, key))
        {
            table[Ids.Parse(item["id"]) ?? throw new InvalidDataException($"an item of '{key}' has no id")] = item;
        }
    }
}
