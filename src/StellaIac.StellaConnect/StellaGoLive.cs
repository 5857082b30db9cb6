using Pulumi.Zendesk.Automations;
using Pulumi.Zendesk.Csat;
using StellaIac.Engine.Program;

namespace StellaIac.StellaConnect;

/// <summary>
/// The seed's "Moving to Production": every other CSAT survey off (Zendesk's email automation and messaging
/// trigger; custom rules that send one only when <c>deactivateCustomCsatRules</c> says so, else the go-live
/// fails naming them), and the steps no API can do, as a checklist for the CLI to print after up.
/// </summary>
public sealed class StellaGoLive : ComponentResource
{
    public const string Token = "stella:index:StellaGoLive";

    public StellaGoLive(string name, bool chat, string? stellaDomain, bool deactivateCustomCsatRules = false, ComponentResourceOptions? options = null)
        : base(Token, name, options)
    {
        CsatRules = new CsatSurveyRules($"{name}-csat-rules-off", new CsatSurveyRulesArgs { DeactivateCustom = deactivateCustomCsatRules }, new CustomResourceOptions { Parent = this });
        CsatAutomation = new AutomationActivation($"{name}-csat-off", new AutomationActivationArgs { Automation = AutomationActivationArgs.DefaultCsat, Active = false }, new CustomResourceOptions { Parent = this, DependsOn = [CsatRules] });
        Checklist = Items(chat, stellaDomain);
        RegisterOutputs(new Dictionary<string, object?> { ["checklist"] = Checklist });
    }

    public AutomationActivation CsatAutomation { get; }

    /// <summary>Zendesk's messaging CSAT trigger and, when the stack opts in, custom rules that send a survey.</summary>
    public CsatSurveyRules CsatRules { get; }

    /// <summary>What a person still has to do in Stella Connect and Zendesk Chat.</summary>
    public IReadOnlyList<string> Checklist { get; }

    public static IReadOnlyList<string> Items(bool chat, string? stellaDomain)
    {
        var admin = stellaDomain is null ? "your Stella Connect admin (https://<domain>.stellaconnect.net/admin/company/api)" : $"https://{stellaDomain}.stellaconnect.net/admin/company/api";
        var items = new List<string>
        {
            $"In {admin}, switch Integrated Channel to On for the integrated channels (this removes the manual send box from the stream).",
        };
        if (chat)
        {
            items.Add("Turn off Zendesk Chat's satisfaction rating: Chat dashboard > Settings > Widget > Settings tab > Satisfaction Ratings > tick Disable Satisfaction Rating > Save Changes.");
        }

        items.Add("Check that every agent who solves tickets has an approved Stella Connect profile.");
        items.Add("Watch failed deliveries to Stella with the `failures` command (the webhook's invocations).");
        return items;
    }
}
