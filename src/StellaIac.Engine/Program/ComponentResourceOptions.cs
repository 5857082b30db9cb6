namespace StellaIac.Engine.Program;

/// <summary>Options of a component, which groups other resources.</summary>
public sealed class ComponentResourceOptions : ResourceOptions;
