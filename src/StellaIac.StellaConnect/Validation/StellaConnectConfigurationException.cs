using StellaIac.Engine.Deploy;

namespace StellaIac.StellaConnect.Validation;

/// <summary>The integration's arguments cannot make a sound setup; each problem names its place.</summary>
public sealed class StellaConnectConfigurationException(IReadOnlyList<Diagnostic> problems)
    : Exception("The Stella Connect integration is not sound:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + Describe(p))))
{
    public IReadOnlyList<Diagnostic> Problems { get; } = problems;

    /// <summary>"place: what is wrong", with the resource (a payload's trigger) and the detail when there are.</summary>
    private static string Describe(Diagnostic problem)
        => $"{problem.Property}{(problem.Resource is { } resource ? $" of '{resource}'" : "")}: {problem.Summary}{(problem.Detail.Length > 0 ? ": " + problem.Detail : "")}";
}
