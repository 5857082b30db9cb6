using StellaIac.Engine.Configuration;

namespace StellaIac.Engine.Workspaces;

/// <summary>What a host hands a workspace: the environment, how to ask for a passphrase, and its local backends.</summary>
public sealed record WorkspaceOptions
{
    /// <summary>The variables read for the passphrase (PULUMI_CONFIG_PASSPHRASE, PULUMI_CONFIG_PASSPHRASE_FILE).</summary>
    public WorkspaceEnvironment Environment { get; init; } = WorkspaceEnvironment.Process;

    /// <summary>Asks for the passphrase of the named stack when the environment has none; null: fail saying what to set.</summary>
    public Func<string, string>? PromptPassphrase { get; init; }

    /// <summary>Extensions that serve some stacks in-process (the Zendesk emulator of the local stack).</summary>
    public IReadOnlyList<ILocalBackend> LocalBackends { get; init; } = [];

    /// <summary>The config keys the providers declare (their schemas' config): checked in stack files, secret ones never stored plain.</summary>
    public IReadOnlyList<ConfigDeclaration> ProviderConfig { get; init; } = [];
}
