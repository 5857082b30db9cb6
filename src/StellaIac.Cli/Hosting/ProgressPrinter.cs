using StellaIac.Cli.Rendering;
using StellaIac.Engine.Deploy;

namespace StellaIac.Cli.Hosting;

/// <summary>Live progress while steps run: a line as each change starts and as it ends, failed or skipped with the reason.</summary>
internal sealed class ProgressPrinter(TextWriter output) : IDeploymentObserver
{
    private readonly Lock gate = new();

    public void StepStarted(DeploymentStep change)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.IsChange && !StepText.IsProvider(change.Type))
        {
            Write($" {StepText.Symbol(change.Op),-2}  {change.Type} {change.Name} {Ing(change.Op)}...");
        }
    }

    public void StepFinished(DeploymentStep change)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (StepText.IsListed(change) && !StepText.IsProvider(change.Type))
        {
            Write(change.Status switch
            {
                StepStatus.Failed => $" {StepText.Symbol(change.Op),-2}  {change.Type} {change.Name} **{StepText.Outcome(change, true)}**: {change.Error}",
                StepStatus.Skipped => $" {StepText.Symbol(change.Op),-2}  {change.Type} {change.Name} skipped: {change.Error}",
                _ => $" {StepText.Symbol(change.Op),-2}  {change.Type} {change.Name} {StepText.Plan(change.Op, true)}",
            });
        }
    }

    private void Write(string line)
    {
        lock (gate)
        {
            output.WriteLine(line);
        }
    }

    private static string Ing(StepOp op) => op switch
    {
        StepOp.Create => "creating",
        StepOp.Update => "updating",
        StepOp.Replace => "replacing",
        StepOp.Delete => "deleting",
        StepOp.Import => "importing",
        _ => "working",
    };
}
