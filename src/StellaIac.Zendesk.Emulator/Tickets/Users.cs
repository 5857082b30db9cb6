using System.Text.Json.Nodes;
using StellaIac.Zendesk.Emulator.Account;
using StellaIac.Zendesk.Emulator.Api;

namespace StellaIac.Zendesk.Emulator.Tickets;

/// <summary>The people tickets name: found by email, or made as Zendesk makes a requester it does not know.</summary>
internal static class Users
{
    public static long FindOrAdd(EmulatorAccount account, string? email, string? name, string? locale, string role)
    {
        var known = string.IsNullOrWhiteSpace(email) ? null
            : account.Users.Values.FirstOrDefault(u => string.Equals(JsonRead.Text(u["email"]), email.Trim(), StringComparison.OrdinalIgnoreCase));
        if (known is not null)
        {
            known["name"] = name ?? known["name"]?.DeepClone();
            known["locale"] = locale ?? known["locale"]?.DeepClone();
            return Ids.Parse(known["id"])!.Value;
        }

        var id = account.NextId();
        account.Users[id] = new JsonObject
        {
            ["id"] = id,
            ["name"] = name ?? email?.Split('@')[0],
            ["email"] = string.IsNullOrWhiteSpace(email) ? null : email.Trim(),
            ["locale"] = locale ?? "en-US",
            ["role"] = role,
        };
        return id;
    }

    public static JsonObject? Find(EmulatorAccount account, JsonNode? id)
        => Ids.Parse(id) is { } key ? account.Users.GetValueOrDefault(key) : null;
}
