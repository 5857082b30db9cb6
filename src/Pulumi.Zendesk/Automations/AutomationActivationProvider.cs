using System.Collections.Immutable;
using System.Globalization;
using Pulumi.Zendesk.Csat;
using Pulumi.Zendesk.Schema;
using StellaIac.Engine.Providers;
using StellaIac.Engine.Values;
using StellaIac.Zendesk;
using StellaIac.Zendesk.Automations;
using StellaIac.Zendesk.Errors;

namespace Pulumi.Zendesk.Automations;

/// <summary>
/// Sets an automation's activity and, on destroy, restores the value it found. Zendesk's default CSAT
/// automation is found by its <c>default</c> flag and its content (it offers the satisfaction rating),
/// not its title, which can be edited or translated. Only <c>active</c> is ever written.
/// </summary>
internal sealed class AutomationActivationProvider(ZendeskClient client) : ResourceProvider(client)
{
    public const string Token = "zendesk:index:AutomationActivation";

    public override ResourceSchema Schema { get; } = ResourceSchema.For(Token)
        .Input("automation", required: true, replaceOnChange: true)
        .Input("active", required: true)
        .Output("id")
        .Output("originalActive");

    public override Task<CheckResponse> Check(CheckRequest request, CancellationToken ct)
    {
        var failures = Schema.MissingRequired(request.NewInputs).ToList();
        if (Props.String(request.NewInputs, "automation") is { } selector && selector != AutomationActivationArgs.DefaultCsat && !long.TryParse(selector, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            failures.Add(new CheckFailure("automation", $"'{selector}' is neither an automation id nor '{AutomationActivationArgs.DefaultCsat}'"));
        }

        return Task.FromResult(new CheckResponse { Inputs = request.NewInputs, Failures = failures });
    }

    public override async Task<CreateResponse> Create(CreateRequest request, CancellationToken ct)
    {
        var automation = await FindAsync(Props.String(request.Inputs, "automation")!, ct);
        var active = Props.Bool(request.Inputs, "active") ?? false;
        if (!request.Preview && automation.Active != active)
        {
            await Zendesk.Automations.SetActiveAsync(automation.Id, active, ct);
        }

        return new CreateResponse(request.Preview ? null : Id(automation), Outputs(request.Inputs, automation, automation.Active));
    }

    public override Task<ReadResponse> Read(ReadRequest request, CancellationToken ct)
        => ReadOrGone(request.Id, async id =>
        {
            var automation = await Zendesk.Automations.GetAsync(id, ct);
            var selector = Props.String(request.Inputs, "automation") ?? request.Id;
            var inputs = PropertyMap.Empty.With("automation", selector).With("active", automation.Active);
            return new ReadResponse(request.Id, inputs, Outputs(inputs, automation, Props.Bool(request.Outputs, "originalActive") ?? automation.Active));
        });

    public override async Task<UpdateResponse> Update(UpdateRequest request, CancellationToken ct)
    {
        var id = NumericId(request.Id);
        var automation = request.Preview
            ? await Zendesk.Automations.GetAsync(id, ct)
            : await Zendesk.Automations.SetActiveAsync(id, Props.Bool(request.NewInputs, "active") ?? false, ct);
        return new UpdateResponse(Outputs(request.NewInputs, automation, Props.Bool(request.OldOutputs, "originalActive") ?? automation.Active));
    }

    /// <summary>Restores the activity the automation had before this resource adopted it.</summary>
    public override async Task Delete(DeleteRequest request, CancellationToken ct)
    {
        if (Props.Bool(request.Outputs, "originalActive") is not { } original)
        {
            return;
        }

        try
        {
            await Zendesk.Automations.SetActiveAsync(NumericId(request.Id), original, ct);
        }
        catch (ZendeskNotFoundException)
        {
            // The automation is gone: there is nothing to restore.
        }
    }

    private async Task<Automation> FindAsync(string selector, CancellationToken ct)
    {
        if (selector != AutomationActivationArgs.DefaultCsat)
        {
            return await Zendesk.Automations.GetAsync(NumericId(selector), ct);
        }

        var automations = await Zendesk.Automations.ListAsync(ct).ToListAsync(ct);
        return automations.FirstOrDefault(a => a.Default && CsatSurvey.IsSentBy(a.Actions))
            ?? throw new InvalidOperationException("Zendesk's default customer satisfaction automation was not found (no default automation offers the satisfaction rating). Name the automation by its id instead.");
    }

    private static string Id(Automation automation) => automation.Id.ToString(CultureInfo.InvariantCulture);

    private static ImmutableDictionary<string, PropertyValue> Outputs(ImmutableDictionary<string, PropertyValue> inputs, Automation automation, bool original)
        => inputs.With("id", Id(automation)).With("title", automation.Title).With("originalActive", original);
}
