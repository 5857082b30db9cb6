namespace StellaIac.Engine.Deploy;

/// <summary>Where a step stands: only planned (a preview), done, failed, or skipped because something it depends on failed.</summary>
public enum StepStatus
{
    Planned,
    Done,
    Failed,
    Skipped,
}
