namespace StellaIac.Engine.Deploy;

/// <summary>Where a step stands: only planned (a preview), done, or failed.</summary>
public enum StepStatus
{
    Planned,
    Done,
    Failed,
}
