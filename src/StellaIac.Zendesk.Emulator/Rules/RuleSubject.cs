namespace StellaIac.Zendesk.Emulator.Rules;

/// <summary>
/// A condition or action subject as <c>triggers/definitions</c> lists it: its operators (terminal ones take
/// no value) and, when fixed, the values it allows (value, title). Null values mean free text.
/// </summary>
internal sealed record RuleSubject(string Subject, string Title, string Type, string Group, IReadOnlyList<string> Operators, IReadOnlyList<(string Value, string Title)>? Values)
{
    public static readonly IReadOnlySet<string> TerminalOperators = new HashSet<string> { "changed", "not_changed", "present", "not_present" };
}
