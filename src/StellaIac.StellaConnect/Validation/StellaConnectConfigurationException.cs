namespace StellaIac.StellaConnect.Validation;

/// <summary>The integration's arguments cannot make a sound setup; each problem names its place.</summary>
public sealed class StellaConnectConfigurationException(IReadOnlyList<string> problems)
    : Exception("The Stella Connect integration is not sound:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
