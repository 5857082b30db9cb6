using System.Collections.Immutable;
using Grpc.Core;
using StellaIac.Engine.PulumiHost;
using StellaIac.Engine.Values;
using StellaIac.StellaConnect;
using StellaIac.StellaConnect.Channels;
using StellaIac.StellaConnect.Payloads;

namespace Pulumi.Stella.Provider;

/// <summary>
/// The Stella component's Construct inputs (camelCase, as a Pulumi program writes them) as the arguments
/// infra builds from its config, read and checked before anything registers; its outputs as the component
/// registers them plus the go-live checklist; and where each input's value goes, so its dependencies follow.
/// </summary>
internal static class StellaComponentInputs
{
    private const string Webhook = "zendesk:index:Webhook";
    private const string Trigger = "zendesk:index:Trigger";
    private const string CsatSurveyRules = "zendesk:index:CsatSurveyRules";

    /// <summary>Each input's way into the children's properties (the zendesk schema's names) and the component's outputs.</summary>
    public static ImmutableArray<InputFlow> Flows { get; } =
    [
        InputFlow.ToChild("apiKey", Webhook, "authentication"),
        InputFlow.ToOutput("apiKey", "keyFingerprint"),
        InputFlow.ToChild("channels", Trigger, "conditions"),
        InputFlow.ToChild("channels", Trigger, "actions"),
        InputFlow.ToChild("exclusions", Trigger, "conditions"),
        InputFlow.ToChild("payload", Trigger, "actions"),
        InputFlow.ToChild("deactivateCustomCsatRules", CsatSurveyRules, "deactivateCustom"),
        InputFlow.ToOutput("channels", "checklist"),
        InputFlow.ToOutput("goLive", "checklist"),
        InputFlow.ToOutput("stellaDomain", "checklist"),
    ];

    /// <summary>The component's arguments; a wrong input is INVALID_ARGUMENT naming it.</summary>
    public static StellaConnectIntegrationArgs Args(ImmutableDictionary<string, PropertyValue> inputs)
    {
        var payload = Map(inputs, "payload");
        return new StellaConnectIntegrationArgs
        {
            ApiKey = String(inputs, "apiKey", "apiKey") ?? throw Invalid("apiKey is required."),
            Channels = [.. Array(inputs, "channels", "channels").Select((c, i) => Channel(Map(c, $"channels[{i}]"), $"channels[{i}]"))],
            Exclusions = [.. Array(inputs, "exclusions", "exclusions").Select((e, i) => Exclusion(Map(e, $"exclusions[{i}]"), $"exclusions[{i}]"))],
            Payload = new PayloadOptions
            {
                Hardened = Bool(payload, "hardened", "payload.hardened") ?? false,
                IncludeBrand = Bool(payload, "includeBrand", "payload.includeBrand") ?? false,
                IncludeLanguage = Bool(payload, "includeLanguage", "payload.includeLanguage") ?? false,
            },
            GoLive = Bool(inputs, "goLive", "goLive") ?? false,
            DeactivateCustomCsatRules = Bool(inputs, "deactivateCustomCsatRules", "deactivateCustomCsatRules") ?? false,
            AutoAssignUponSolve = Bool(inputs, "autoAssignUponSolve", "autoAssignUponSolve") ?? true,
            StellaDomain = String(inputs, "stellaDomain", "stellaDomain"),
        };
    }

    public static IDictionary<string, object?> Declare(string name, StellaConnectIntegrationArgs args)
    {
        var integration = new StellaConnectIntegration(name, args);
        return new Dictionary<string, object?>
        {
            ["webhookId"] = integration.Webhook.Id,
            ["doNotSendFieldId"] = integration.DoNotSendField.Id,
            ["keyFingerprint"] = integration.KeyFingerprint,
            ["checklist"] = integration.Checklist,
        };
    }

    private static StellaChannel Channel(ImmutableDictionary<string, PropertyValue> channel, string place)
    {
        var viaIds = Array(channel, "viaIds", $"{place}.viaIds").Select((v, i) => v.TryGetNumber(out var id) ? (int)id : throw Invalid($"{place}.viaIds[{i}] is a number.")).ToList();
        var conditions = Strings(channel, "requireTags", $"{place}.requireTags").Select(RuleCondition.TagIncludes).ToList();
        return String(channel, "kind", $"{place}.kind") switch
        {
            "chat" => StellaChannel.Chat(String(channel, "status", $"{place}.status") ?? "solved", viaIds, conditions),
            "email" => StellaChannel.Email(viaIds, conditions),
            "phone" => StellaChannel.Phone(Bool(channel, "includeCti", $"{place}.includeCti") ?? false, viaIds, conditions),
            "custom" => StellaChannel.Custom(String(channel, "name", $"{place}.name") ?? "", viaIds.Select(RuleCondition.Channel), conditions),
            var other => throw Invalid($"{place}.kind '{other}' is not chat, email, phone or custom."),
        };
    }

    private static ExclusionRule Exclusion(ImmutableDictionary<string, PropertyValue> exclusion, string place) => new()
    {
        Title = String(exclusion, "title", $"{place}.title") ?? "Do not send Stella Connect request",
        Any = [.. Strings(exclusion, "tags", $"{place}.tags").Select(RuleCondition.TagIncludes)],
    };

    private static ImmutableDictionary<string, PropertyValue> Map(ImmutableDictionary<string, PropertyValue> map, string key)
        => map.TryGetValue(key, out var value) && !value.IsNull ? Map(value, key) : PropertyMap.Empty;

    private static ImmutableDictionary<string, PropertyValue> Map(PropertyValue value, string place)
        => value.TryGetMap(out var map) ? map : throw Invalid($"{place} is an object.");

    private static ImmutableArray<PropertyValue> Array(ImmutableDictionary<string, PropertyValue> map, string key, string place)
        => !map.TryGetValue(key, out var value) || value.IsNull ? [] : value.TryGetArray(out var items) ? items : throw Invalid($"{place} is a list.");

    private static IEnumerable<string> Strings(ImmutableDictionary<string, PropertyValue> map, string key, string place)
        => Array(map, key, place).Select((v, i) => v.TryGetString(out var text) ? text : throw Invalid($"{place}[{i}] is a string."));

    private static string? String(ImmutableDictionary<string, PropertyValue> map, string key, string place)
        => !map.TryGetValue(key, out var value) || value.IsNull ? null : value.TryGetString(out var text) ? text : throw Invalid($"{place} is a string.");

    private static bool? Bool(ImmutableDictionary<string, PropertyValue> map, string key, string place)
        => !map.TryGetValue(key, out var value) || value.IsNull ? null : value.TryGetBool(out var flag) ? flag : throw Invalid($"{place} is a boolean.");

    private static RpcException Invalid(string message) => new(new Status(StatusCode.InvalidArgument, $"{StellaConnectIntegration.Token}: {message}"));
}
