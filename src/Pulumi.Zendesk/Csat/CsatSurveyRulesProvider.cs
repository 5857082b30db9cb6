using System.Collections.Immutable;
using Pulumi.Zendesk.Schema;
using StellaIac.Engine.Deploy;
using StellaIac.Engine.Providers;
using StellaIac.Engine.Values;
using StellaIac.Zendesk;
using StellaIac.Zendesk.Errors;

namespace Pulumi.Zendesk.Csat;

/// <summary>
/// Every active trigger and automation that would send a second CSAT survey beside Stella's: Zendesk's defaults
/// (the messaging trigger; the email automation is <see cref="Automations.AutomationActivation"/>'s) are always
/// deactivated, custom rules only with <c>deactivateCustom</c>; without it, Check fails naming each one, before
/// anything is written. Destroy restores each rule to the activity it had when found.
/// </summary>
internal sealed class CsatSurveyRulesProvider(ZendeskClient client) : ResourceProvider(client)
{
    public const string Token = "zendesk:index:CsatSurveyRules";
    private const string Id = "csat-survey-rules";

    public static ResourceSchema Declared { get; } = ResourceSchema.For<CsatSurveyRulesArgs>(Token, "Deactivates every active trigger and automation that would send a CSAT survey beside Stella's: Zendesk's default messaging trigger always, custom rules only with deactivateCustom (otherwise Check fails naming them); destroy restores what it found.")
        .Input("deactivateCustom", description: "Also deactivate custom triggers and automations that send a CSAT survey.")
        .Output<string>("id")
        .Output<object>("rules", "The rules deactivated, each with its kind, id, title and the activity it had, which destroy restores.");

    public override ResourceSchema Schema => Declared;

    public override async Task<CheckResponse> Check(CheckRequest request, CancellationToken ct)
    {
        var custom = DeactivatesCustom(request.NewInputs) ? [] : (await ActiveSendersAsync(ct)).Where(r => !r.Default).ToList();
        return new CheckResponse
        {
            Inputs = request.NewInputs,
            Failures = custom.Count == 0 ? [] :
            [
                Diagnostic.Invalid("deactivateCustom", $"going live would send a second CSAT survey: these active rules send one: {string.Join(", ", custom)}. "
                    + "Deactivate them in Zendesk, or set stella-iac:deactivateCustomCsatRules true to let the stack deactivate them (destroy restores them)."),
            ],
        };
    }

    /// <summary>A sender that became active since the last run (a default put back on, a new custom rule) is a change too.</summary>
    public override async Task<DiffResponse> Diff(DiffRequest request, CancellationToken ct)
    {
        var diff = Schema.Diff(request.OldInputs, request.OldOutputs, request.NewInputs);
        return diff.Changes == false && (await ToDeactivateAsync(request.NewInputs, ct)).Count > 0
            ? new DiffResponse { Changes = true, DetailedDiff = new Dictionary<string, PropertyDiff> { ["rules"] = new(PropertyDiffKind.Update, InputDiff: false) } }
            : diff;
    }

    public override async Task<CreateResponse> Create(CreateRequest request, CancellationToken ct)
        => new(request.Preview ? null : Id, Outputs(request.Inputs, await DeactivateAsync(request.Inputs, request.Preview, ct)));

    public override Task<ReadResponse> Read(ReadRequest request, CancellationToken ct)
        => Task.FromResult(new ReadResponse(request.Id, request.Inputs, request.Outputs));

    public override async Task<UpdateResponse> Update(UpdateRequest request, CancellationToken ct)
    {
        var known = CsatRule.ListOf(request.OldOutputs);
        var added = await DeactivateAsync(request.NewInputs, request.Preview, ct);
        return new UpdateResponse(Outputs(request.NewInputs, [.. known, .. added.Where(a => !known.Any(k => k.Kind == a.Kind && k.Id == a.Id))]));
    }

    /// <summary>Puts each rule back as it was found; one deleted since is skipped.</summary>
    public override async Task Delete(DeleteRequest request, CancellationToken ct)
    {
        foreach (var rule in CsatRule.ListOf(request.Outputs))
        {
            try
            {
                await SetActiveAsync(rule, rule.OriginalActive, ct);
            }
            catch (ZendeskNotFoundException)
            {
                // Deleted in Zendesk: nothing to restore.
            }
        }
    }

    private static bool DeactivatesCustom(ImmutableDictionary<string, PropertyValue> inputs) => Props.Bool(inputs, "deactivateCustom") ?? false;

    private async Task<IReadOnlyList<CsatRule>> DeactivateAsync(ImmutableDictionary<string, PropertyValue> inputs, bool preview, CancellationToken ct)
    {
        var rules = await ToDeactivateAsync(inputs, ct);
        if (!preview)
        {
            foreach (var rule in rules)
            {
                await SetActiveAsync(rule, false, ct);
            }
        }

        return rules;
    }

    private async Task<IReadOnlyList<CsatRule>> ToDeactivateAsync(ImmutableDictionary<string, PropertyValue> inputs, CancellationToken ct)
        => [.. (await ActiveSendersAsync(ct)).Where(r => r.Default || DeactivatesCustom(inputs))];

    /// <summary>The active rules that send a survey, but Zendesk's default email automation, which its own resource adopts.</summary>
    private async Task<List<CsatRule>> ActiveSendersAsync(CancellationToken ct)
    {
        var triggers = await Zendesk.Triggers.ListAsync(new StellaIac.Zendesk.Triggers.TriggerFilter { Active = true }, ct)
            .Where(t => t.Active && CsatSurvey.IsSentBy(t.Actions))
            .Select(t => new CsatRule(CsatRule.Trigger, t.Id, t.Title, t.Default, true))
            .ToListAsync(ct);
        var automations = await Zendesk.Automations.ListAsync(ct)
            .Where(a => a.Active && !a.Default && CsatSurvey.IsSentBy(a.Actions))
            .Select(a => new CsatRule(CsatRule.Automation, a.Id, a.Title, false, true))
            .ToListAsync(ct);
        return [.. triggers, .. automations];
    }

    private Task SetActiveAsync(CsatRule rule, bool active, CancellationToken ct)
        => rule.Kind == CsatRule.Automation ? Zendesk.Automations.SetActiveAsync(rule.Id, active, ct) : Zendesk.Triggers.SetActiveAsync(rule.Id, active, ct);

    private static ImmutableDictionary<string, PropertyValue> Outputs(ImmutableDictionary<string, PropertyValue> inputs, IEnumerable<CsatRule> rules)
        => inputs.With("id", Id).With("rules", PropertyValue.FromArray(rules.Select(r => r.ToProperty())));
}
