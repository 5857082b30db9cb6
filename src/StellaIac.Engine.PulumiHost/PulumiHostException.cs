namespace StellaIac.Engine.PulumiHost;

/// <summary>The program cannot run under the Pulumi engine: its environment or config is unusable, or the engine refused a call.</summary>
public sealed class PulumiHostException(string message, Exception? inner = null) : Exception(message, inner);
