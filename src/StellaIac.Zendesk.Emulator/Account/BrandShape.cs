using System.Text.Json.Nodes;
using StellaIac.Zendesk.Emulator.Api;

namespace StellaIac.Zendesk.Emulator.Account;

/// <summary>A brand with every property Zendesk's schema lists.</summary>
internal static class BrandShape
{
    public static JsonObject New(long id, JsonObject input, string stamp)
    {
        var subdomain = JsonRead.Text(input["subdomain"]) ?? $"brand{id}";
        var brand = new JsonObject
        {
            ["id"] = id,
            ["name"] = input["name"]?.DeepClone(),
            ["subdomain"] = subdomain,
            ["brand_url"] = $"https://{subdomain.ToLowerInvariant()}.zendesk.com",
            ["host_mapping"] = null,
            ["active"] = true,
            ["default"] = false,
            ["has_help_center"] = false,
            ["help_center_state"] = "disabled",
            ["is_deleted"] = false,
            ["logo"] = null,
            ["signature_template"] = "{{agent.signature}}",
            ["ticket_form_ids"] = new JsonArray(),
            ["created_at"] = stamp,
            ["updated_at"] = stamp,
        };
        foreach (var (key, value) in input)
        {
            brand[key] = value?.DeepClone();
        }

        brand["id"] = id;
        return brand;
    }
}
