using System.Collections.Immutable;
using System.Globalization;
using Pulumi.Zendesk.Csat;
using Pulumi.Zendesk.Schema;
using StellaIac.Engine.Deploy;
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

    public static ResourceSchema Declared { get; } = ResourceSchema.For<AutomationActivationArgs>(Token, "Adopts an existing automation and sets whether it is active (going live turns Zendesk's CSAT automation off); never creates or deletes one, and destroy restores the activity it found.")
        .Input("automation", required: true, replaceOnChange: true, description: "An automation id, or default-csat for Zendesk's default customer satisfaction automation.")
        .Input("active", required: true, description: "Whether the automation runs.")
        .Output<string>("id")
        .Output<string>("title", "The automation's title in Zendesk.")
        .Output<bool>("originalActive", "The activity the automation had before this resource adopted it; destroy restores it.");

    public override ResourceSchema Schema => Declared;

    public override Task<CheckResponse> Check(CheckRequest request, CancellationToken ct)
    {
        var failures = Schema.MissingRequired(request.NewInputs).ToList();
        if (Props.String(request.NewInputs, "automation") is { } selector && selector != AutomationActivationArgs.DefaultCsat && !long.TryParse(selector, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            failures.Add(Diagnostic.Invalid("automation", $"'{selector}' is neither an automation id nor '{AutomationActivationArgs.DefaultCsat}'"));
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

        return await FindDefaultCsatAsync(Zendesk, ct)
            ?? throw new InvalidOperationException("Zendesk's default customer satisfaction automation was not found (no default automation offers the satisfaction rating). Name the automation by its id instead.");
    }

    /// <summary>Zendesk's default CSAT automation, or null when the account has none.</summary>
    internal static async Task<Automation?> FindDefaultCsatAsync(ZendeskClient zendesk, CancellationToken ct)
    {
        await foreach (var automation in zendesk.Automations.ListAsync(ct))
        {
            if (automation.Default && CsatSurvey.IsSentBy(automation.Actions))
            {
                return automation;
            }
        }

        return null;
    }

    private static string Id(Automation automation) => automation.Id.ToString(CultureInfo.InvariantCulture);

    private static ImmutableDictionary<string, PropertyValue> Outputs(ImmutableDictionary<string, PropertyValue> inputs, Automation automation, bool original)
        => inputs.With("id", Id(automation)).With("title", automation.Title).With("originalActive", original);
}
