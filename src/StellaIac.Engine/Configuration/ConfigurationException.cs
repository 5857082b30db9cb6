namespace StellaIac.Engine.Configuration;

/// <summary>A project or stack file, or a config value in it, is wrong. The message names the file and the key.</summary>
public sealed class ConfigurationException(string message, Exception? inner = null) : Exception(message, inner);
