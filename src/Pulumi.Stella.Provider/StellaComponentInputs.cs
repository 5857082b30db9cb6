using System.Collections.Immutable;
using Grpc.Core;
using StellaIac.Engine.Values;
using StellaIac.StellaConnect;
using StellaIac.StellaConnect.Channels;
using StellaIac.StellaConnect.Payloads;

namespace Pulumi.Stella.Provider;

/// <summary>
/// The Stella component's Construct inputs (camelCase, as a Pulumi program writes them) as the arguments
/// infra builds from its config, and its outputs as the component registers them plus the go-live checklist.
/// </summary>
internal static class StellaComponentInputs
{
    public static IDictionary<string, object?> Declare(string name, ImmutableDictionary<string, PropertyValue> inputs)
    {
        var payload = Map(inputs, "payload");
        var integration = new StellaConnectIntegration(name, new StellaConnectIntegrationArgs
        {
            ApiKey = String(inputs, "apiKey") ?? throw Invalid("apiKey is required."),
            Channels = [.. Array(inputs, "channels").Select(c => Channel(Map(c)))],
            Exclusions = [.. Array(inputs, "exclusions").Select(e => Exclusion(Map(e)))],
            Payload = new PayloadOptions
            {
                Hardened = Bool(payload, "hardened") ?? false,
                IncludeBrand = Bool(payload, "includeBrand") ?? false,
                IncludeLanguage = Bool(payload, "includeLanguage") ?? false,
            },
            GoLive = Bool(inputs, "goLive") ?? false,
            DeactivateCustomCsatRules = Bool(inputs, "deactivateCustomCsatRules") ?? false,
            AutoAssignUponSolve = Bool(inputs, "autoAssignUponSolve") ?? true,
            StellaDomain = String(inputs, "stellaDomain"),
        });
        return new Dictionary<string, object?>
        {
            ["webhookId"] = integration.Webhook.Id,
            ["doNotSendFieldId"] = integration.DoNotSendField.Id,
            ["keyFingerprint"] = integration.KeyFingerprint,
            ["checklist"] = integration.Checklist,
        };
    }

    private static StellaChannel Channel(ImmutableDictionary<string, PropertyValue> channel)
    {
        var viaIds = Array(channel, "viaIds").Select(v => v.TryGetNumber(out var id) ? (int)id : throw Invalid("channels[].viaIds holds numbers.")).ToList();
        var conditions = Strings(channel, "requireTags").Select(RuleCondition.TagIncludes).ToList();
        return String(channel, "kind") switch
        {
            "chat" => StellaChannel.Chat(String(channel, "status") ?? "solved", viaIds, conditions),
            "email" => StellaChannel.Email(viaIds, conditions),
            "phone" => StellaChannel.Phone(Bool(channel, "includeCti") ?? false, viaIds, conditions),
            "custom" => StellaChannel.Custom(String(channel, "name") ?? "", viaIds.Select(RuleCondition.Channel), conditions),
            var other => throw Invalid($"channels[].kind '{other}' is not chat, email, phone or custom."),
        };
    }

    private static ExclusionRule Exclusion(ImmutableDictionary<string, PropertyValue> exclusion) => new()
    {
        Title = String(exclusion, "title") ?? "Do not send Stella Connect request",
        Any = [.. Strings(exclusion, "tags").Select(RuleCondition.TagIncludes)],
    };

    private static ImmutableDictionary<string, PropertyValue> Map(ImmutableDictionary<string, PropertyValue> map, string key)
        => map.TryGetValue(key, out var value) && !value.IsNull ? Map(value) : PropertyMap.Empty;

    private static ImmutableDictionary<string, PropertyValue> Map(PropertyValue value)
        => value.TryGetMap(out var map) ? map : throw Invalid("expected an object.");

    private static ImmutableArray<PropertyValue> Array(ImmutableDictionary<string, PropertyValue> map, string key)
        => !map.TryGetValue(key, out var value) || value.IsNull ? [] : value.TryGetArray(out var items) ? items : throw Invalid($"{key} is a list.");

    private static IEnumerable<string> Strings(ImmutableDictionary<string, PropertyValue> map, string key)
        => Array(map, key).Select(v => v.TryGetString(out var text) ? text : throw Invalid($"{key} holds strings."));

    private static string? String(ImmutableDictionary<string, PropertyValue> map, string key)
        => !map.TryGetValue(key, out var value) || value.IsNull ? null : value.TryGetString(out var text) ? text : throw Invalid($"{key} is a string.");

    private static bool? Bool(ImmutableDictionary<string, PropertyValue> map, string key)
        => !map.TryGetValue(key, out var value) || value.IsNull ? null : value.TryGetBool(out var flag) ? flag : throw Invalid($"{key} is a boolean.");

    private static RpcException Invalid(string message) => new(new Status(StatusCode.InvalidArgument, $"{StellaConnectIntegration.Token}: {message}"));
}
