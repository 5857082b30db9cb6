using System.Text.Json.Nodes;
using StellaIac.Zendesk.Emulator.Api;

namespace StellaIac.Zendesk.Emulator.Account;

/// <summary>A ticket field with every property Zendesk's schema lists, defaults filled in.</summary>
internal static class TicketFieldShape
{
    public static JsonObject New(long id, JsonObject input, string stamp)
    {
        var title = JsonRead.Text(input["title"]) ?? "";
        var field = new JsonObject
        {
            ["id"] = id,
            ["type"] = input["type"]?.DeepClone(),
            ["title"] = title,
            ["raw_title"] = title,
            ["description"] = "",
            ["raw_description"] = "",
            ["agent_description"] = null,
            ["position"] = 9999,
            ["active"] = true,
            ["required"] = false,
            ["collapsed_for_agents"] = false,
            ["regexp_for_validation"] = null,
            ["title_in_portal"] = title,
            ["raw_title_in_portal"] = title,
            ["visible_in_portal"] = false,
            ["editable_in_portal"] = false,
            ["required_in_portal"] = false,
            ["agent_can_edit"] = true,
            ["tag"] = null,
            ["removable"] = true,
            ["custom_field_options"] = null,
            ["system_field_options"] = null,
            ["custom_statuses"] = null,
            ["sub_type_id"] = 0,
            ["relationship_target_type"] = null,
            ["relationship_filter"] = null,
            ["creator_user_id"] = null,
            ["creator_app_name"] = null,
            ["created_at"] = stamp,
            ["updated_at"] = stamp,
        };
        Apply(field, input);
        return field;
    }

    /// <summary>Writes what a create or update may change; type is fixed at creation, as in Zendesk.</summary>
    public static void Apply(JsonObject field, JsonObject input)
    {
        foreach (var (key, value) in input.ToList())
        {
            if (key is "id" or "type" or "url" or "created_at" or "updated_at" or "raw_title" or "raw_description" or "raw_title_in_portal")
            {
                continue;
            }

            field[key] = value?.DeepClone();
        }

        field["raw_title"] = field["title"]?.DeepClone();
        field["raw_description"] = field["description"]?.DeepClone();
        field["raw_title_in_portal"] = field["title_in_portal"]?.DeepClone();
    }
}
