using StellaIac.Engine.Configuration;

namespace StellaIac.Engine.Program;

/// <summary>What a program run knows of where it runs.</summary>
public sealed record ProgramContext(string Project, string Stack, bool IsPreview, StackConfiguration Config);
