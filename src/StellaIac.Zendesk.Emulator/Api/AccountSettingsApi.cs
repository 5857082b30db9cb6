using System.Text.Json.Nodes;

namespace StellaIac.Zendesk.Emulator.Api;

/// <summary>/api/v2/account/settings: PUT merges sections; settings the account does not have are ignored, as Zendesk does.</summary>
internal static class AccountSettingsApi
{
    public static void Map(WebApplication app, EmulatorServices services)
    {
        app.MapGet("/api/v2/account/settings", (HttpRequest http) => services.Read(http, (a, c) => JsonAnswer.Ok(new JsonObject { ["settings"] = a.Settings.DeepClone() })));
        app.MapPut("/api/v2/account/settings", (HttpRequest http) => services.WriteAsync(http, "settings", (a, args) =>
        {
            MergeKnown(a.Settings, args.Body);
            return JsonAnswer.Ok(new JsonObject { ["settings"] = a.Settings.DeepClone() });
        }));
    }

    private static void MergeKnown(JsonObject target, JsonObject changes)
    {
        foreach (var (key, value) in changes.ToList())
        {
            if (!target.ContainsKey(key))
            {
                continue;
            }

            if (value is JsonObject inner && target[key] is JsonObject section)
            {
                MergeKnown(section, inner);
            }
            else if (value is not JsonObject)
            {
                target[key] = value?.DeepClone();
            }
        }
    }
}
