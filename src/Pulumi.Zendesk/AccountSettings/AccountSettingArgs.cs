using StellaIac.Engine.Program;

namespace Pulumi.Zendesk.AccountSettings;

/// <summary>One account setting, by its dotted path; destroy restores the value it found.</summary>
public sealed class AccountSettingArgs : ResourceArgs
{
    /// <summary>e.g. <c>tickets.assign_tickets_upon_solve</c> (the seed's "Auto-assign tickets upon solve").</summary>
    [Input("path", required: true)]
    public Input<string>? Path { get; init; }

    /// <summary>A boolean, number or text, as the setting takes.</summary>
    [Input("value", required: true)]
    public Input<object>? Value { get; init; }
}
