using System.Collections.Immutable;
using System.Globalization;
using Pulumi.Zendesk.Automations;
using Pulumi.Zendesk.Schema;
using Pulumi.Zendesk.Targets;
using StellaIac.Engine.Values;
using StellaIac.Zendesk;

namespace Pulumi.Zendesk.Functions;

/// <summary>
/// The package's functions, so a Pulumi program can refer to what already exists in the account: a brand
/// by name, a ticket field by title, the default CSAT automation, and legacy HTTP/URL targets at an endpoint.
/// </summary>
internal static class ZendeskFunctions
{
    public const string GetBrand = "zendesk:index:getBrand";
    public const string GetTicketField = "zendesk:index:getTicketField";
    public const string GetDefaultCsatAutomation = "zendesk:index:getDefaultCsatAutomation";
    public const string GetLegacyTargets = "zendesk:index:getLegacyTargets";
    private const string LegacyTargetType = "zendesk:index:LegacyTarget";

    public static IReadOnlyList<FunctionSpec> All { get; } =
    [
        new(GetBrand, "A brand of the account, by its name.",
            [new("name", typeof(string), "The brand's name.", Required: true)],
            [
                new("id", typeof(string), "The brand's id.", Required: true), new("name", typeof(string), "The brand's name.", Required: true),
                new("subdomain", typeof(string), "The brand's subdomain."), new("brandUrl", typeof(string), "The brand's address."),
                new("active", typeof(bool), "Whether the brand is active.", Required: true), new("default", typeof(bool), "Whether it is the account's default brand.", Required: true),
            ],
            BrandAsync),
        new(GetTicketField, "A ticket field, by its title (the Stella checkbox \"Do not Send Stella Connect Survey\", say).",
            [new("title", typeof(string), "The field's title.", Required: true)],
            [
                new("id", typeof(string), "The field's id, which payloads and conditions name.", Required: true), new("title", typeof(string), "The field's title.", Required: true),
                new("type", typeof(string), "checkbox, text, tagger, ...", Required: true), new("tag", typeof(string), "For a checkbox: the tag it adds when ticked."),
                new("active", typeof(bool), "Whether the field is in use.", Required: true),
            ],
            TicketFieldAsync),
        new(GetDefaultCsatAutomation, "Zendesk's default customer satisfaction automation, found by its default flag and its content, not its (editable) title.",
            [],
            [
                new("id", typeof(string), "The automation's id.", Required: true), new("title", typeof(string), "The automation's title.", Required: true),
                new("active", typeof(bool), "Whether it runs now.", Required: true),
            ],
            DefaultCsatAsync),
        new(GetLegacyTargets, "The legacy HTTP and URL targets that point at an endpoint (Stella Connect's API), with the triggers that still notify them: declare those triggers by title to move them to the webhook.",
            [new("endpoint", typeof(string), "The URL the targets point at, e.g. https://api.stellaconnect.net/v1/auth.", Required: true)],
            [new("targets", typeof(IReadOnlyList<object>), "The targets found; empty when none.", Required: true, ItemsType: LegacyTargetType)],
            LegacyTargetsAsync,
            [
                new(LegacyTargetType, "A legacy HTTP or URL target and the triggers that notify it.",
                [
                    new("id", typeof(string), "The target's id.", Required: true), new("title", typeof(string), "The target's title.", Required: true),
                    new("type", typeof(string), "http_target or url_target.", Required: true), new("url", typeof(string), "Where the target sends."),
                    new("triggerIds", typeof(IReadOnlyList<string>), "The triggers that notify it.", Required: true),
                    new("triggerTitles", typeof(IReadOnlyList<string>), "Their titles, in the same order.", Required: true),
                ]),
            ]),
    ];

    private static async Task<InvokeResponse> BrandAsync(ZendeskClient zendesk, ImmutableDictionary<string, PropertyValue> args, CancellationToken ct)
    {
        var name = Props.String(args, "name");
        await foreach (var brand in zendesk.Brands.ListAsync(ct))
        {
            if (string.Equals(brand.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return InvokeResponse.Of(PropertyMap.Empty
                    .With("id", Id(brand.Id)).With("name", brand.Name).With("subdomain", brand.Subdomain).With("brandUrl", brand.BrandUrl)
                    .With("active", brand.Active).With("default", brand.Default));
            }
        }

        return InvokeResponse.Failed("name", $"the account has no brand named '{name}'");
    }

    private static async Task<InvokeResponse> TicketFieldAsync(ZendeskClient zendesk, ImmutableDictionary<string, PropertyValue> args, CancellationToken ct)
    {
        var title = Props.String(args, "title");
        await foreach (var field in zendesk.TicketFields.ListAsync(ct))
        {
            if (field.Title == title)
            {
                return InvokeResponse.Of(PropertyMap.Empty
                    .With("id", Id(field.Id)).With("title", field.Title).With("type", field.Type).With("tag", field.Tag).With("active", field.Active));
            }
        }

        return InvokeResponse.Failed("title", $"the account has no ticket field titled '{title}'");
    }

    private static async Task<InvokeResponse> DefaultCsatAsync(ZendeskClient zendesk, ImmutableDictionary<string, PropertyValue> args, CancellationToken ct)
        => await AutomationActivationProvider.FindDefaultCsatAsync(zendesk, ct) is { } automation
            ? InvokeResponse.Of(PropertyMap.Empty.With("id", Id(automation.Id)).With("title", automation.Title).With("active", automation.Active))
            : InvokeResponse.Failed("", "the account has no default customer satisfaction automation");

    private static async Task<InvokeResponse> LegacyTargetsAsync(ZendeskClient zendesk, ImmutableDictionary<string, PropertyValue> args, CancellationToken ct)
    {
        if (!Uri.TryCreate(Props.String(args, "endpoint"), UriKind.Absolute, out var endpoint))
        {
            return InvokeResponse.Failed("endpoint", $"must be an absolute URL, got '{Props.String(args, "endpoint")}'");
        }

        var found = await LegacyTargets.FindAsync(zendesk, endpoint, ct);
        return InvokeResponse.Of(PropertyMap.Empty.With("targets", PropertyValue.FromArray(found.Select(legacy => PropertyValue.FromMap(PropertyMap.Empty
            .With("id", Id(legacy.Target.Id)).With("title", legacy.Target.Title).With("type", legacy.Target.Type).With("url", legacy.Target.TargetUrl)
            .With("triggerIds", Props.Strings(legacy.Triggers.Select(t => Id(t.Id))))
            .With("triggerTitles", Props.Strings(legacy.Triggers.Select(t => t.Title))))))));
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
