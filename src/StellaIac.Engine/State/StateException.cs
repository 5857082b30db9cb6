namespace StellaIac.Engine.State;

/// <summary>The state cannot be read, written or locked. The message names the file and what to do.</summary>
public sealed class StateException(string message, Exception? inner = null) : Exception(message, inner);
