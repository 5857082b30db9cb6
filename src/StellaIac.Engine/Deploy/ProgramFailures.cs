using StellaIac.Engine.Program;

namespace StellaIac.Engine.Deploy;

/// <summary>
/// What a program run's failures tell the user. A failed step was reported when it failed; a resource not
/// run because one it depends on failed is a skipped step with that reason; any other cause is reported
/// once, however many resources it stopped (an unreachable Zendesk fails every resource alike).
/// </summary>
internal static class ProgramFailures
{
    /// <summary>Reports <paramref name="failures"/> on <paramref name="run"/> and returns the URNs skipped, which are not gone from the program.</summary>
    public static IReadOnlySet<string> Report(EngineRun run, IReadOnlyList<Exception> failures)
    {
        var skipped = new HashSet<string>(StringComparer.Ordinal);
        var causes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var failure in failures)
        {
            switch (failure)
            {
                case StepFailedException:
                    break;
                case DependencyFailedException dependent when !skipped.Add(dependent.Urn):
                    break;
                case DependencyFailedException dependent:
                    var old = run.Old.Find(dependent.Urn);
                    var why = dependent.InnerException is DependencyFailedException ? "was skipped" : "failed";
                    run.Finished(new DeploymentStep
                    {
                        Op = old is null ? StepOp.Create : StepOp.Same,
                        Urn = dependent.Urn,
                        Type = Urn.Type(dependent.Urn),
                        Old = old,
                        Status = StepStatus.Skipped,
                        Error = $"{Urn.Name(dependent.DependencyUrn)}, which it depends on, {why}",
                    });
                    break;
                default:
                    var cause = Unwrap(failure);
                    if (cause is not StepFailedException && causes.Add(cause.Message))
                    {
                        var said = failure is ResourceFailedException ? cause.Message : failure.Message;
                        run.Report(new Diagnostic(Severity.Error, DiagnosticCodes.ProgramFailed, "The program failed", said) { Cause = cause });
                    }

                    break;
            }
        }

        return skipped;
    }

    /// <summary>
    /// The exception that started it, through the program's wrappers: a resource's failure seen by what
    /// awaited it, and a skip seen through an output (a stack output of a skipped resource), whose cause is
    /// the dependency's own failure, reported already.
    /// </summary>
    private static Exception Unwrap(Exception failure)
        => failure is ProgramException or ResourceFailedException or DependencyFailedException && failure.InnerException is { } inner ? Unwrap(inner) : failure;
}
