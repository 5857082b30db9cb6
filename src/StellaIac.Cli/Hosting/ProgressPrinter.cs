using StellaIac.Cli.Rendering;
using StellaIac.Engine.Deploy;

namespace StellaIac.Cli.Hosting;

/// <summary>Live progress while steps run: a line as each change starts and as it ends.</summary>
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
        if (change.IsChange && !StepText.IsProvider(change.Type))
        {
            Write(change.Status == StepStatus.Failed
                ? $" {StepText.Symbol(change.Op),-2}  {change.Type} {change.Name} **{StepText.Plan(change.Op, false)} failed**"
                : $" {StepText.Symbol(change.Op),-2}  {change.Type} {change.Name} {StepText.Plan(change.Op, true)}");
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
