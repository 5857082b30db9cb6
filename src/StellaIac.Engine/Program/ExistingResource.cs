namespace StellaIac.Engine.Program;

/// <summary>A resource of the program that called Construct, named by its URN: the parent of what the component registers.</summary>
internal sealed class ExistingResource(string urn) : Resource(urn);
