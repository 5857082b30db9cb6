using StellaIac.Engine.Program;

namespace Pulumi.Zendesk.Csat;

/// <summary>
/// <c>zendesk:index:CsatSurveyRules</c>: the CSAT senders a go-live deactivates (its <c>rules</c> output lists
/// each with kind, id, title and originalActive); destroy restores them.
/// </summary>
public sealed class CsatSurveyRules(string name, CsatSurveyRulesArgs args, CustomResourceOptions? options = null)
    : CustomResource(CsatSurveyRulesProvider.Token, name, args, options);
