namespace StellaIac.Engine.Providers;

/// <summary>One thing wrong with the inputs: the property (a path such as <c>conditions.any[2].value</c>) and why.</summary>
public sealed record CheckFailure(string Property, string Reason);
