using System.Runtime.CompilerServices;
using Pulumi.Zendesk;
using StellaIac.Cli;
using StellaIac.Engine.Program;
using StellaIac.Engine.Providers;
using StellaIac.Infra.Commands;
using StellaIac.StellaConnect;
using StellaIac.StellaConnect.Channels;
using StellaIac.StellaConnect.Payloads;
using StellaIac.StellaConnect.Validation;
using StellaIac.Zendesk.Errors;

namespace StellaIac.Infra;

/// <summary>This organisation's declaration: the seed's procedure from the stack's config, and the commands that go with it.</summary>
internal static class StellaIacProgram
{
    public static CliProgram Definition { get; } = new()
    {
        Program = session => async () =>
        {
            await WarnAboutCredentialsOnceAsync(session);
            return await DeclareAsync(OtherStacks.KeyFingerprints(session), WarnOnce(session));
        },
        Providers = () =>
        {
            // One command's providers (the preview and the apply of an up) share their adoption look-ups.
            var lookups = new ZendeskLookups();
            return new ProviderRegistry().Add(ZendeskProvider.Package, () => new ZendeskProvider(lookups: lookups));
        },
        ExitCodeFor = ex => ex switch
        {
            ZendeskAuthenticationException => ExitCodes.AuthenticationRefused,
            StellaConnectConfigurationException => ExitCodes.ConfigurationError,
            _ => null,
        },
        ProviderConfig = ProviderConfig.Declarations,
        RateLimitConfigKey = $"{ZendeskProvider.Package}:{ProviderConfig.RateLimitKey}",
        LocalBackends = [LocalEmulator.Instance],
        Extensions = [VerifyCommand.Extension, FailuresCommand.Extension, SimulateCommand.Extension],
        AfterUp = result => result.Outputs.TryGetValue("goLiveChecklist", out var list) && list.TryGetArray(out var items) && items.Length > 0
            ? ["", "Go-live checklist (what no API can do):", .. items.Select(i => "  [ ] " + (i.TryGetString(out var text) ? text : ""))]
            : [],
    };

    /// <summary>
    /// The program as the Pulumi engine runs it (infra started by Pulumi's language host). The other stacks'
    /// state lives in the Pulumi backend, out of the program's reach, so their keys are not compared.
    /// </summary>
    public static Task<IDictionary<string, object?>> UnderPulumiAsync(Action<string> warn)
        => DeclareAsync(new Dictionary<string, string>(), warn);

    private static Task<IDictionary<string, object?>> DeclareAsync(IReadOnlyDictionary<string, string> otherStackKeyFingerprints, Action<string> warn)
    {
        var config = new Config();
        var settings = config.GetObject<IntegrationSettings>("integration") ?? new IntegrationSettings();
        var integration = new StellaConnectIntegration("stella", new StellaConnectIntegrationArgs
        {
            ApiKey = config.RequireSecret("stellaApiKey"),
            GoLive = config.GetBoolean("goLive") ?? false,
            DeactivateCustomCsatRules = config.GetBoolean("deactivateCustomCsatRules") ?? false,
            Channels = [.. settings.Channels.Select(Channel)],
            Exclusions = [.. settings.Exclusions.Select(e => new ExclusionRule { Title = e.Title ?? "Do not send Stella Connect request", Any = [.. e.Tags.Select(RuleCondition.TagIncludes)] })],
            Payload = new PayloadOptions
            {
                Hardened = config.GetBoolean("hardenedPayload") ?? false,
                IncludeBrand = config.GetBoolean("includeBrand") ?? false,
                IncludeLanguage = config.GetBoolean("includeLanguage") ?? false,
                Tags = config.GetObject<List<string>>("tagFieldIds") is { Count: > 0 } fields ? TagSource.CustomFields(fields) : TagSource.TicketTags,
            },
            StellaDomain = config.Get("stellaDomain"),
            OtherStackKeyFingerprints = otherStackKeyFingerprints,
        });
        if (PayloadWarning(integration) is { } warning)
        {
            warn(warning);
        }

        return Task.FromResult<IDictionary<string, object?>>(new Dictionary<string, object?>
        {
            ["webhookId"] = integration.Webhook.Id,
            ["doNotSendFieldId"] = integration.DoNotSendField.Id,
            ["keyFingerprint"] = integration.KeyFingerprint,
            ["goLiveChecklist"] = integration.Checklist,
        });
    }

    private static int warned;

    /// <summary>The sessions already warned: an up runs the program twice (preview, then apply) but warns once.</summary>
    private static readonly ConditionalWeakTable<CliSession, object> CredentialsWarned = [];

    /// <summary>The API token's sunset and credentials ignored by precedence, once per run; the local stack's emulator credentials are the CLI's, not the user's.</summary>
    private static async Task WarnAboutCredentialsOnceAsync(CliSession session)
    {
        if (session.Stack.IsLocal || !CredentialsWarned.TryAdd(session, new object()))
        {
            return;
        }

        foreach (var warning in ProviderConfig.Warnings((await session.ConfigAsync(CancellationToken.None)).ForNamespace(ZendeskProvider.Package)))
        {
            await session.Error.WriteLineAsync($"warning: {warning}");
        }
    }

    /// <summary>The CLI runs the program for the preview and again for the update: warn once per run of the CLI.</summary>
    private static Action<string> WarnOnce(CliSession session) => warning =>
    {
        if (Interlocked.Exchange(ref warned, 1) == 0)
        {
            session.Error.WriteLine($"warning: {warning}");
        }
    };

    /// <summary>The payload lint's warnings that matter: the payload breaks on some names.</summary>
    private static string? PayloadWarning(StellaConnectIntegration integration)
    {
        var breaks = integration.Findings.Where(f => f.Code == StellaDiagnosticCodes.PayloadBreaks).Select(f => f.Summary).Distinct().ToList();
        return breaks.Count > 0 ? $"{string.Join("; ", breaks)}: Zendesk's Liquid has no JSON filter. Set stella-iac:hardenedPayload true to escape them." : null;
    }

    private static StellaChannel Channel(IntegrationSettings.ChannelSetting setting)
    {
        var conditions = setting.RequireTags.Select(RuleCondition.TagIncludes).ToList();
        return setting.Kind switch
        {
            "chat" => StellaChannel.Chat(setting.Status ?? "solved", setting.ViaIds, conditions),
            "email" => StellaChannel.Email(setting.ViaIds, conditions),
            "phone" => StellaChannel.Phone(setting.IncludeCti, setting.ViaIds, conditions),
            "custom" => StellaChannel.Custom(setting.Name ?? "", setting.ViaIds.Select(RuleCondition.Channel), conditions),
            var other => throw new StellaIac.Engine.Configuration.ConfigurationException($"stella-iac:integration: channel kind '{other}' is not chat, email, phone or custom."),
        };
    }
}
