namespace StellaIac.Zendesk.Channels;

/// <summary>
/// The via ids Zendesk's <c>triggers/definitions</c> lists for the <c>via_id</c> condition (a real account's list,
/// cross-checked with Zendesk's via types reference). An account may list fewer or more; resolve against its own.
/// </summary>
public static class ViaChannels
{
    public static IReadOnlyList<ViaChannel> All { get; } =
    [
        new(0, "Web form", "web_form"),
        new(4, "Email", "mail"),
        new(5, "Web service (API)", "web_service"),
        new(8, "Trigger, automation", "rule"),
        new(16, "Get Satisfaction", "get_satisfaction"),
        new(23, "Twitter Like", "twitter_favorite"),
        new(24, "Forum topic", "topic"),
        new(26, "Twitter DM", "twitter_dm"),
        new(27, "Closed ticket", "closed_ticket"),
        new(29, "Chat", "chat"),
        new(30, "Twitter", "twitter"),
        new(31, "Ticket sharing", "ticket_sharing"),
        new(33, "Voicemail", "voicemail"),
        new(34, "Phone call (incoming)", "phone_call_inbound"),
        new(35, "Phone call (outgoing)", "phone_call_outbound"),
        new(38, "Facebook Post", "facebook_post"),
        new(41, "Facebook Private Message", "facebook_message"),
        new(44, "CTI voicemail", "api_voicemail"),
        new(45, "CTI phone call (incoming)", "api_phone_call_inbound"),
        new(46, "CTI phone call (outgoing)", "api_phone_call_outbound"),
        new(48, "Web Widget", "web_widget"),
        new(49, "Mobile SDK", "mobile_sdk"),
        new(50, "Help Center post", "helpcenter"),
        new(54, "Satisfaction Prediction", "satisfaction_prediction"),
        new(55, "Channel Integrations", "any_channel"),
        new(56, "Mobile", "mobile"),
        new(57, "Text (SMS)", "sms"),
        new(67, "Answer Bot for Web Widget", "answer_bot_for_web_widget"),
        new(72, "LINE", "line"),
        new(73, "WeChat", "wechat"),
        new(74, "WhatsApp", "whatsapp"),
        new(78, "Facebook Messenger", "facebook_messenger"),
        new(86, "Instagram Direct", "instagram_dm"),
        new(88, "Twitter Direct Message", "twitter_direct_message"),
    ];

    public static ViaChannel? Find(int id) => All.FirstOrDefault(c => c.Id == id);
}
