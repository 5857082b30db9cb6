namespace StellaIac.Engine.Deploy;

/// <summary>What a step does to one resource; shown as Pulumi shows it (= + ~ +- - and import).</summary>
public enum StepOp
{
    Same,
    Create,
    Update,
    Replace,
    Delete,
    Import,
}
