using StellaIac.Engine.Program;

namespace StellaIac.Engine.PulumiHost;

/// <summary>
/// The failures of a run worth reporting: one per cause. What failed only because another failure came first
/// (a dependent skipped, an output that could not resolve) is left out.
/// </summary>
internal static class FailureCauses
{
    public static IReadOnlyList<Exception> Of(IReadOnlyList<Exception> failures)
        => [.. failures.Where(f => f is not DependencyFailedException && !Inner(f).Any(failures.Contains))];

    private static IEnumerable<Exception> Inner(Exception failure)
    {
        for (var cause = failure.InnerException; cause is not null; cause = cause.InnerException)
        {
            yield return cause;
        }
    }
}
