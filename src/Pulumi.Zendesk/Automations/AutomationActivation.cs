using StellaIac.Engine.Program;

namespace Pulumi.Zendesk.Automations;

/// <summary><c>zendesk:index:AutomationActivation</c>: destroy restores the activity it found.</summary>
public sealed class AutomationActivation(string name, AutomationActivationArgs args, CustomResourceOptions? options = null)
    : CustomResource(AutomationActivationProvider.Token, name, args, options)
{
    [Output("title")]
    public Output<string> Title { get; private set; } = null!;

    [Output("originalActive")]
    public Output<bool> OriginalActive { get; private set; } = null!;
}
