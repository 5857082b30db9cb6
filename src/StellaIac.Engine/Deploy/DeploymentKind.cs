namespace StellaIac.Engine.Deploy;

public enum DeploymentKind
{
    Preview,
    Update,
    Refresh,
    Destroy,
}
