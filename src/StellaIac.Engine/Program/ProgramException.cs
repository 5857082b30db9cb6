namespace StellaIac.Engine.Program;

/// <summary>The program's own code threw.</summary>
public sealed class ProgramException(string message, Exception inner) : Exception(message, inner);
