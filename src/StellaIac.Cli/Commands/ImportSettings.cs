namespace StellaIac.Cli.Commands;

/// <summary>What import was asked to adopt: the resource type, the name the program declares it under, and the object's id.</summary>
internal sealed record ImportSettings(string Type, string Name, string Id);
