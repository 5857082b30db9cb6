using System.Text.Json.Nodes;
using StellaIac.StellaConnect;

namespace Pulumi.Stella.Provider;

/// <summary>
/// The package <c>stella</c>: the whole integration as one component, under the token the embedded engine's
/// state already holds (<see cref="StellaConnectIntegration.Token"/>), with its inputs' object types. Pulumi
/// requires every token of a schema to start with the schema's name, hence a package (and plugin) of its own.
/// </summary>
internal static class StellaComponentSchema
{
    public const string Package = "stella";

    private const string ChannelType = "stella:index:StellaChannel";
    private const string ExclusionType = "stella:index:StellaExclusion";
    private const string PayloadType = "stella:index:StellaPayloadOptions";

    public static JsonObject Build(string version)
    {
        var types = new JsonObject();
        types[ChannelType] = Object("A channel Stella surveys after.", ["kind"],
            ("kind", Spec("string", "chat, email, phone or custom.")),
            ("status", Spec("string", "Chat: the status that sends the survey (solved by default).")),
            ("viaIds", Array(Spec("integer", null), "More Zendesk via ids that count as this channel.")),
            ("requireTags", Array(Spec("string", null), "Tags a ticket must carry to be surveyed.")),
            ("includeCti", Spec("boolean", "Phone: also CTI calls.")),
            ("name", Spec("string", "Custom: the channel's name in Stella.")));
        types[ExclusionType] = Object("Tickets never surveyed.", ["tags"],
            ("title", Spec("string", "The exclusion trigger's title.")),
            ("tags", Array(Spec("string", null), "Any of these tags excludes the ticket.")));
        types[PayloadType] = Object("How the webhook's payload is written.", [],
            ("hardened", Spec("boolean", "Escape names that break JSON (Zendesk's Liquid has no JSON filter).")),
            ("includeBrand", Spec("boolean", "Send the ticket's brand.")),
            ("includeLanguage", Spec("boolean", "Send the requester's language.")));

        var apiKey = Spec("string", "The stack's Stella Connect API key.");
        apiKey["secret"] = true;
        var component = new JsonObject
        {
            ["description"] = "The whole Stella Connect integration (the seed's procedure) as one component: webhook, do-not-send field, trigger category, triggers, and going live.",
            ["isComponent"] = true,
            ["inputProperties"] = new JsonObject
            {
                ["apiKey"] = apiKey,
                ["channels"] = Array(Ref(ChannelType), "The channels Stella surveys after."),
                ["exclusions"] = Array(Ref(ExclusionType), "Tickets never surveyed."),
                ["payload"] = Describe(Ref(PayloadType), "How the webhook's payload is written."),
                ["goLive"] = Spec("boolean", "Production: every other CSAT survey off, and the go-live checklist."),
                ["deactivateCustomCsatRules"] = Spec("boolean", "Going live, also deactivate custom rules that send a CSAT survey."),
                ["autoAssignUponSolve"] = Spec("boolean", "Auto-assign tickets upon solve (true by default)."),
                ["stellaDomain"] = Spec("string", "Your Stella Connect domain, for the checklist's links."),
            },
            ["requiredInputs"] = new JsonArray("apiKey", "channels"),
            ["properties"] = new JsonObject
            {
                ["webhookId"] = Spec("string", "The Zendesk webhook's id."),
                ["doNotSendFieldId"] = Spec("string", "The do-not-send ticket field's id."),
                ["keyFingerprint"] = Spec("string", "A fingerprint of the API key (never the key)."),
                ["checklist"] = Array(Spec("string", null), "What no API can do when going live."),
            },
            ["required"] = new JsonArray("webhookId", "doNotSendFieldId", "keyFingerprint", "checklist"),
        };
        return new JsonObject
        {
            ["name"] = Package,
            ["displayName"] = "Stella Connect",
            ["version"] = version,
            ["description"] = "The Stella Connect (Medallia Agent Connect) survey integration on Zendesk as one component; its children are zendesk resources, so a program using it also needs the zendesk plugin and config.",
            ["keywords"] = new JsonArray("pulumi", "zendesk", "stella-connect", "category/utility", "kind/component"),
            ["publisher"] = "StellaIac",
            ["meta"] = new JsonObject { ["moduleFormat"] = "(.*)" },
            ["types"] = types,
            ["resources"] = new JsonObject { [StellaConnectIntegration.Token] = component },
        };
    }

    private static JsonObject Object(string description, string[] required, params (string Name, JsonObject Spec)[] properties) => new()
    {
        ["description"] = description,
        ["type"] = "object",
        ["properties"] = new JsonObject(properties.Select(p => KeyValuePair.Create(p.Name, (JsonNode?)p.Spec))),
        ["required"] = new JsonArray([.. required.Select(r => (JsonNode?)JsonValue.Create(r))]),
    };

    private static JsonObject Spec(string type, string? description) => Describe(new JsonObject { ["type"] = type }, description);

    private static JsonObject Ref(string token) => new() { ["$ref"] = $"#/types/{token}" };

    private static JsonObject Array(JsonObject items, string description) => Describe(new JsonObject { ["type"] = "array", ["items"] = items }, description);

    private static JsonObject Describe(JsonObject spec, string? description)
    {
        if (description is not null)
        {
            spec["description"] = description;
        }

        return spec;
    }
}
