using Pulumi.Zendesk.AccountSettings;
using Pulumi.Zendesk.TicketFields;
using Pulumi.Zendesk.Webhooks;
using StellaIac.Engine.Deploy;
using StellaIac.Engine.Program;
using StellaIac.StellaConnect.Channels;
using StellaIac.StellaConnect.Lint;
using StellaIac.StellaConnect.Payloads;
using StellaIac.StellaConnect.Validation;

namespace StellaIac.StellaConnect;

/// <summary>
/// The seed's whole procedure in one declaration: the Stella webhook (basic auth, username connect, the
/// stack's key), the "Do not Send Stella Connect Survey" checkbox, the triggers, auto-assign upon solve,
/// and, going live, every other CSAT survey off with the checklist of what no API can do. The arguments
/// are validated and the payloads linted before anything is registered.
/// </summary>
public sealed class StellaConnectIntegration : ComponentResource
{
    public const string Token = "stella:index:StellaConnectIntegration";
    private const string LintFieldId = "360000000000";

    public StellaConnectIntegration(string name, StellaConnectIntegrationArgs args, ComponentResourceOptions? options = null)
        : base(Token, Validated(name, args), options)
    {
        Findings = Lint(args);
        // Going live, everything waits for the CSAT check: a custom rule still sending a survey stops it before anything is written.
        if (args.GoLive)
        {
            GoLive = new StellaGoLive($"{name}-go-live", args.Channels.Any(c => c.Kind == ChannelKind.Chat), args.StellaDomain, args.DeactivateCustomCsatRules, new ComponentResourceOptions { Parent = this });
        }

        IReadOnlyList<Resource> afterCheck = GoLive is null ? [] : [GoLive.CsatRules];
        var child = new CustomResourceOptions { Parent = this, DependsOn = afterCheck };

        Webhook = new Webhook($"{name}-webhook", new WebhookArgs
        {
            Name = args.WebhookName,
            Endpoint = StellaKey.Endpoint,
            Authentication = new WebhookAuthenticationArgs { Type = "basic_auth", Username = StellaKey.Username, Password = Output.CreateSecret(args.ApiKey) },
        }, child);
        DoNotSendField = new TicketField($"{name}-do-not-send", new TicketFieldArgs { Type = "checkbox", Title = args.FieldTitle }, child);
        Triggers = new StellaTriggers($"{name}-triggers", new StellaTriggersArgs
        {
            WebhookId = Webhook.Id,
            DoNotSendFieldId = DoNotSendField.Id,
            Channels = args.Channels,
            Exclusions = args.Exclusions,
            Payload = args.Payload,
            CategoryName = args.CategoryName,
        }, new ComponentResourceOptions { Parent = this, DependsOn = afterCheck });
        if (args.AutoAssignUponSolve)
        {
            AutoAssign = new AccountSetting($"{name}-auto-assign", new AccountSettingArgs { Path = "tickets.assign_tickets_upon_solve", Value = Output.Create<object>(true) }, child);
        }

        KeyFingerprint = StellaKey.Fingerprint(args.ApiKey);
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["webhookId"] = Webhook.Id,
            ["doNotSendFieldId"] = DoNotSendField.Id,
            ["keyFingerprint"] = KeyFingerprint,
        });
    }

    public Webhook Webhook { get; }

    /// <summary>The payload lint findings of every send trigger.</summary>
    private static IReadOnlyList<Diagnostic> Lint(StellaConnectIntegrationArgs args)
        => [.. args.Channels.SelectMany(c => PayloadLint.Check(c.Title, StellaPayload.For(c.StellaName, LintFieldId, args.Payload), LintFieldId, args.Payload.Tags.CustomFieldIds))];

    /// <summary>Validates before the component registers anything; returns the name for the base constructor.</summary>
    private static string Validated(string name, StellaConnectIntegrationArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var problems = IntegrationValidator.Problems(args, Deployment.Active?.StackName ?? "")
            .Concat(Lint(args).Where(f => f.Severity == Severity.Error))
            .ToList();
        return problems.Count > 0 ? throw new StellaConnectConfigurationException(problems) : name;
    }

    public TicketField DoNotSendField { get; }

    public StellaTriggers Triggers { get; }

    public AccountSetting? AutoAssign { get; }

    /// <summary>Present when the stack goes live.</summary>
    public StellaGoLive? GoLive { get; }

    /// <summary>The checklist to print after up on a stack that goes live; empty otherwise.</summary>
    public IReadOnlyList<string> Checklist => GoLive?.Checklist ?? [];

    /// <summary>Payload lint warnings (errors stop the declaration).</summary>
    public IReadOnlyList<Diagnostic> Findings { get; }

    /// <summary>The fingerprint of this stack's key, to compare with other stacks'.</summary>
    public string KeyFingerprint { get; }
}
