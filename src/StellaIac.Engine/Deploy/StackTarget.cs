using StellaIac.Engine.Configuration;
using StellaIac.Engine.Secrets;

namespace StellaIac.Engine.Deploy;

/// <summary>The stack an operation works on: its project, name, config and the secrets that open its state.</summary>
public sealed record StackTarget(string Project, string Stack, StackConfiguration Config, StackSecrets Secrets);
