using System.Text.Json.Nodes;

namespace StellaIac.Zendesk.Emulator.Account;

/// <summary>What a new Zendesk account holds before anyone touches it.</summary>
internal static class NewAccount
{
    public const string CsatAutomationTitle = "Request customer satisfaction rating (System Automation)";
    public const string MessagingCsatTriggerTitle = "Request customer satisfaction rating (messaging)";

    public static EmulatorAccount Create(DateTimeOffset now)
    {
        var account = new EmulatorAccount(firstId: 360_000_000_001);
        var stamp = EmulatorAccount.Timestamp(now);

        foreach (var (type, title) in new[] { ("subject", "Subject"), ("description", "Description"), ("status", "Status"), ("tickettype", "Type"), ("priority", "Priority"), ("group", "Group"), ("assignee", "Assignee") })
        {
            var id = account.NextId();
            account.TicketFields[id] = TicketFieldShape.New(id, new JsonObject { ["type"] = type, ["title"] = title, ["removable"] = false, ["position"] = account.TicketFields.Count }, stamp);
        }

        var category = account.NextId();
        account.TriggerCategories[category] = new JsonObject { ["id"] = Ids.Text(category), ["name"] = "Notifications", ["position"] = 0, ["created_at"] = stamp, ["updated_at"] = stamp };
        AddTrigger(account, category, 0, stamp, "Notify requester and CCs of received request",
            [Condition("update_type", "is", "Create"), Condition("status", "is_not", "solved")],
            [new JsonObject { ["field"] = "notification_user", ["value"] = new JsonArray("requester_and_ccs", "[Request received]", "Your request ({{ticket.id}}) has been received.") }]);
        AddTrigger(account, category, 1, stamp, "Notify assignee of comment update",
            [Condition("update_type", "is", "Change"), Condition("comment_is_public", null, "true")],
            [new JsonObject { ["field"] = "notification_user", ["value"] = new JsonArray("assignee_id", "[{{ticket.account}}] Re: {{ticket.title}}", "{{ticket.comments_formatted}}") }]);
        // Zendesk's updated CSAT: a default trigger that requests the rating in messaging conversations when they are solved.
        AddTrigger(account, category, 2, stamp, MessagingCsatTriggerTitle,
            [Condition("status", "is", "solved"), Condition("via_id", "is", "48")],
            [new JsonObject { ["field"] = "satisfaction_score", ["value"] = "offered" }], isDefault: true);

        AddAutomation(account, stamp, "Close ticket 4 days after status is set to solved", active: true,
            [Condition("status", "is", "solved"), Condition("SOLVED", "greater_than", "96")],
            [new JsonObject { ["field"] = "status", ["value"] = "closed" }]);
        AddAutomation(account, stamp, CsatAutomationTitle, active: true,
            [Condition("status", "less_than", "closed"), Condition("SOLVED", "is", "24"), Condition("satisfaction_score", "is", "unoffered"), Condition("ticket_is_public", "is", "public")],
            [
                new JsonObject { ["field"] = "notification_user", ["value"] = new JsonArray("requester_id", "Request #{{ticket.id}}: How would you rate the support you received?", "Hello {{ticket.requester.name}},\n\nWe'd love to hear what you think of our customer service.\n\n{{satisfaction.rating_section}}") },
                new JsonObject { ["field"] = "satisfaction_score", ["value"] = "offered" },
            ]);
        AddAutomation(account, stamp, "Pending notification 24 hours", active: false,
            [Condition("status", "is", "pending"), Condition("PENDING", "is", "24")],
            [new JsonObject { ["field"] = "notification_user", ["value"] = new JsonArray("requester_id", "Your request is awaiting your reply", "{{ticket.comments_formatted}}") }]);

        var brand = account.NextId();
        account.Brands[brand] = BrandShape.New(brand, new JsonObject { ["name"] = "Emulator", ["subdomain"] = "emulator", ["default"] = true }, stamp);

        account.Settings = DefaultSettings();
        return account;
    }

    internal static JsonObject Condition(string field, string? op, string value)
        => op is null ? new JsonObject { ["field"] = field, ["value"] = value } : new JsonObject { ["field"] = field, ["operator"] = op, ["value"] = value };

    private static void AddTrigger(EmulatorAccount account, long category, int position, string stamp, string title, JsonObject[] all, JsonObject[] actions, bool isDefault = false)
    {
        var id = account.NextId();
        account.Triggers[id] = new JsonObject
        {
            ["id"] = id,
            ["title"] = title,
            ["raw_title"] = title,
            ["active"] = true,
            ["default"] = isDefault,
            ["description"] = null,
            ["category_id"] = Ids.Text(category),
            ["position"] = position,
            ["conditions"] = new JsonObject { ["all"] = new JsonArray([.. all]), ["any"] = new JsonArray() },
            ["actions"] = new JsonArray([.. actions]),
            ["created_at"] = stamp,
            ["updated_at"] = stamp,
        };
    }

    private static void AddAutomation(EmulatorAccount account, string stamp, string title, bool active, JsonObject[] all, JsonObject[] actions)
    {
        var id = account.NextId();
        account.Automations[id] = new JsonObject
        {
            ["id"] = id,
            ["title"] = title,
            ["raw_title"] = title,
            ["active"] = active,
            ["default"] = true,
            ["position"] = account.Automations.Count,
            ["conditions"] = new JsonObject { ["all"] = new JsonArray([.. all]), ["any"] = new JsonArray() },
            ["actions"] = new JsonArray([.. actions]),
            ["created_at"] = stamp,
            ["updated_at"] = stamp,
        };
    }

    private static JsonObject DefaultSettings() => new()
    {
        ["branding"] = new JsonObject { ["header_color"] = "78A300", ["page_background_color"] = "333333", ["tab_background_color"] = "7FA239", ["text_color"] = "FFFFFF", ["header_logo_url"] = null, ["favicon_url"] = null },
        ["apps"] = new JsonObject { ["use"] = true, ["create_private"] = true, ["create_public"] = false },
        ["tickets"] = new JsonObject
        {
            ["comments_public_by_default"] = true,
            ["is_first_comment_private_enabled"] = false,
            ["list_newest_comments_first"] = true,
            ["collaboration"] = true,
            ["private_attachments"] = false,
            ["email_attachments"] = false,
            ["agent_collision"] = true,
            ["tagging"] = true,
            ["list_empty_views"] = true,
            ["maximum_personal_views_to_list"] = 8,
            ["status_hold"] = false,
            ["assign_tickets_upon_solve"] = false,
            ["assign_default_organization"] = true,
            ["allow_group_reset"] = true,
            ["auto_updated_ccs_followers_rules"] = false,
            ["markdown_ticket_comments"] = false,
            ["rich_text_comments"] = true,
        },
        ["chat"] = new JsonObject { ["enabled"] = false, ["maximum_request_count"] = 1, ["welcome_message"] = "Hi there. How can I help today?" },
        ["voice"] = new JsonObject { ["enabled"] = false, ["maintenance"] = false, ["logging"] = false },
        ["twitter"] = new JsonObject { ["shorten_url"] = "optional" },
        ["google_apps"] = new JsonObject { ["has_google_apps"] = false, ["has_google_apps_admin"] = false },
        ["cdn"] = new JsonObject { ["cdn_provider"] = "default", ["fallback_cdn_provider"] = "cloudfront", ["hosts"] = new JsonArray() },
        ["email"] = new JsonObject { ["accept_wildcard_emails"] = true, ["custom_dkim_domain"] = false, ["email_template_selection"] = true },
        ["groups"] = new JsonObject { ["check_group_name_uniqueness"] = true },
        ["user"] = new JsonObject { ["tagging"] = true, ["time_zone_selection"] = true, ["language_selection"] = true, ["multiple_organizations"] = false },
        ["active_features"] = new JsonObject { ["customer_satisfaction"] = true, ["on_hold_status"] = false, ["chat"] = false, ["markdown"] = false, ["sandbox"] = false },
        ["agents"] = new JsonObject { ["agent_workspace"] = true },
        ["api"] = new JsonObject { ["accepted_api_agreement"] = true, ["api_password_access"] = false, ["api_token_access"] = true },
        ["rule"] = new JsonObject { ["macro_most_used"] = true, ["macro_order"] = "alphabetical", ["skill_based_filtered_views"] = new JsonArray(), ["using_skill_based_routing"] = false },
        ["localization"] = new JsonObject { ["locale_ids"] = new JsonArray(1) },
        ["limits"] = new JsonObject { ["attachment_size"] = 52428800 },
        ["statistics"] = new JsonObject { ["forum"] = true, ["search"] = true, ["rule_usage"] = true },
        ["ticket_form"] = new JsonObject { ["ticket_forms_instructions"] = "Please choose your issue below" },
        ["brands"] = new JsonObject { ["default_brand_id"] = null, ["require_brand_on_new_tickets"] = false },
        ["cross_sell"] = new JsonObject { ["show_chat_tooltip"] = true, ["xsell_source"] = null },
        ["lotus"] = new JsonObject { ["pod_id"] = 1, ["prefer_lotus"] = true, ["reporting"] = true },
        ["routing"] = new JsonObject { ["enabled"] = false, ["autorouting_tag"] = "" },
        ["metrics"] = new JsonObject { ["account_size"] = "100-399" },
        ["ticket_sharing_partners"] = new JsonObject { ["support_addresses"] = new JsonArray() },
        ["billing"] = new JsonObject { ["backend"] = "zuora" },
        ["side_conversations"] = new JsonObject { ["email_channel"] = false, ["msteams_channel"] = false, ["show_in_context_panel"] = false, ["slack_channel"] = false, ["tickets_channel"] = false },
        ["onboarding"] = new JsonObject { ["checklist_onboarding_version"] = 2, ["onboarding_segments"] = null, ["product_sign_up"] = null },
        ["screencast"] = new JsonObject { ["enabled_for_tickets"] = false },
        ["gooddata_advanced_analytics"] = new JsonObject { ["enabled"] = true },
    };
}
