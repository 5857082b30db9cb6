using StellaIac.Engine.Configuration;
using StellaIac.Engine.Deploy;
using StellaIac.Engine.Secrets;
using StellaIac.Engine.State;
using StellaIac.Engine.Workspaces;

namespace StellaIac.Cli;

/// <summary>
/// One command's view of the workspace: the project, the stack it operates on (opened on first use) and the
/// writers. Everything about files, config, secrets and state is the workspace's; this only names the stack.
/// </summary>
public sealed class CliSession : IAsyncDisposable
{
    private WorkspaceStack? stack;

    internal CliSession(LocalWorkspace workspace, string? stack, bool requireStack, TextWriter output, TextWriter error)
    {
        Workspace = workspace;
        StackName = stack ?? workspace.SelectedStack ?? (requireStack ? null : "")
            ?? throw new ConfigurationException("no stack selected: pass --stack <name>, or run `stack select <name>` (stacks: " + string.Join(", ", workspace.ListStacks()) + ").");
        if (requireStack)
        {
            workspace.RequireStack(StackName);
        }

        Output = output;
        Error = error;
    }

    public LocalWorkspace Workspace { get; }

    public ProjectFile Project => Workspace.Project;

    public string StackName { get; }

    /// <summary>The stack this command operates on; its file is read when first used.</summary>
    public WorkspaceStack Stack => stack ??= Workspace.OpenStack(StackName);

    public StateStore Store => Workspace.Store;

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    /// <summary>The stack's secrets; opening them reads the passphrase once.</summary>
    public StackSecrets Secrets => Stack.Secrets;

    /// <summary>The stack's config for this run (a local backend's stack with the backend's address and credentials).</summary>
    public Task<StackConfiguration> ConfigAsync(CancellationToken ct) => Stack.ConfigurationAsync(ct);

    public Task<StackTarget> TargetAsync(CancellationToken ct) => Stack.TargetAsync(ct);

    /// <summary>Saves the encryption salt a run created, so the stack file and the state agree.</summary>
    public void PersistSalt() => stack?.PersistSalt();

    public async ValueTask DisposeAsync()
    {
        if (stack is not null)
        {
            await stack.DisposeAsync();
        }
    }
}
