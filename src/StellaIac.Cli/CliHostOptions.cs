using StellaIac.Cli.Hosting;
using StellaIac.Engine.Workspaces;

namespace StellaIac.Cli;

/// <summary>What a host hands the CLI: the console and the environment variables the workspace reads.</summary>
public sealed record CliHostOptions
{
    public ICliConsole Console { get; init; } = SystemConsole.Instance;

    public WorkspaceEnvironment Environment { get; init; } = WorkspaceEnvironment.Process;
}
