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
/// are validated and the payloads linted before anything is registered; the key, a secret from config to
/// state, is checked inside an Apply that the component's own registration waits for, so a bad key stops
/// every child before anything is written.
/// </summary>
public sealed class StellaConnectIntegration : ComponentResource
{
    public const string Token = "stella:index:StellaConnectIntegration";
    private const string LintFieldId = "360000000000";

    public StellaConnectIntegration(string name, StellaConnectIntegrationArgs args, ComponentResourceOptions? options = null)
        : this(Validated(name, args), args, CheckedKey(args), options)
    {
    }

    private StellaConnectIntegration(string name, StellaConnectIntegrationArgs args, Output<string> checkedKey, ComponentResourceOptions? options)
        : base(Token, name, new StellaConnectIntegrationInputs { KeyFingerprint = FingerprintOf(checkedKey) }, options)
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
            Authentication = new WebhookAuthenticationArgs { Type = "basic_auth", Username = StellaKey.Username, Password = checkedKey },
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

        KeyFingerprint = FingerprintOf(checkedKey);
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

    /// <summary>The key as a secret, failing with the key's problems (empty, shared with another stack going live).</summary>
    private static Output<string> CheckedKey(StellaConnectIntegrationArgs args)
    {
        var stack = Deployment.Active?.StackName ?? "";
        return args.ApiKey.ToOutput().AsSecret().Apply(key => IntegrationValidator.KeyProblems(key, args, stack) is { Count: > 0 } problems
            ? throw new StellaConnectConfigurationException(problems)
            : key);
    }

    /// <summary>Not secret: a fingerprint tells keys apart without revealing them, and other stacks compare it.</summary>
    private static Output<string> FingerprintOf(Output<string> key) => Output.Unsecret(key.Apply(StellaKey.Fingerprint));

    /// <summary>Validates what is not secret before the component registers anything; returns the name for the base constructor.</summary>
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
    public Output<string> KeyFingerprint { get; }
}
