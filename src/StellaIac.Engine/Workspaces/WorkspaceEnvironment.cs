namespace StellaIac.Engine.Workspaces;

/// <summary>
/// The environment variables a workspace reads (the passphrase, CI): the process's, or a set a host or a
/// test hands over, so that nothing has to change the process's own environment.
/// </summary>
public sealed class WorkspaceEnvironment
{
    private readonly Func<string, string?> read;

    private WorkspaceEnvironment(Func<string, string?> read) => this.read = read;

    public static WorkspaceEnvironment Process { get; } = new(Environment.GetEnvironmentVariable);

    /// <summary>Only these variables; any other reads as unset.</summary>
    public static WorkspaceEnvironment Of(IReadOnlyDictionary<string, string> variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        return new(name => variables.GetValueOrDefault(name));
    }

    public string? Get(string name) => read(name);
}
