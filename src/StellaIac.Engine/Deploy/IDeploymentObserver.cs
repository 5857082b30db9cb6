namespace StellaIac.Engine.Deploy;

/// <summary>Live progress of an operation. Called from several threads.</summary>
public interface IDeploymentObserver
{
    void StepStarted(DeploymentStep change);

    void StepFinished(DeploymentStep change);
}
