using StellaIac.Engine.Values;

namespace StellaIac.Engine.Configuration;

/// <summary>One config value for a run: decrypted, with its secretness kept.</summary>
public sealed record ConfigEntry(ConfigKey Key, PropertyValue Value, bool IsSecret);
