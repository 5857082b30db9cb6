using System.CommandLine;

namespace StellaIac.Cli.Hosting;

/// <summary>The options every command takes: --stack/-s, --cwd/-C, --non-interactive.</summary>
internal sealed class GlobalOptions
{
    public Option<string?> Stack { get; } = new("--stack", "-s") { Description = "The stack to operate on (default: the selected stack)", Recursive = true };

    public Option<string?> Cwd { get; } = new("--cwd", "-C") { Description = "Run as if started in this folder (the one holding Pulumi.yaml)", Recursive = true };

    public Option<bool> NonInteractive { get; } = new("--non-interactive") { Description = "Never prompt; fail where a prompt would be needed (implied in CI)", Recursive = true };

    public void AddTo(RootCommand root)
    {
        root.Options.Add(Stack);
        root.Options.Add(Cwd);
        root.Options.Add(NonInteractive);
    }
}
