namespace StellaIac.Engine.Configuration;

/// <summary>A config key a provider declares (its schema's config): a stack may set it, and a credential is declared secret.</summary>
public sealed record ConfigDeclaration(ConfigKey Key, bool Secret = false);
