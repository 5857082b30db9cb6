namespace StellaIac.Engine.Deploy;

public enum Severity
{
    Info,
    Warning,
    Error,
}
