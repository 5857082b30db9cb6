using StellaIac.Engine.Providers;
using StellaIac.Engine.Workspaces;

namespace StellaIac.Cli;

/// <summary>What the CLI hosts: a program, its providers, how its failures map to exit codes, and any commands of its own.</summary>
public sealed record CliProgram
{
    public required Func<CliSession, Func<Task<IDictionary<string, object?>>>> Program { get; init; }

    public required Func<ProviderRegistry> Providers { get; init; }

    /// <summary>An exit code for a failure the program's providers know (e.g. credentials refused: 3); null for the default.</summary>
    public Func<Exception, int?> ExitCodeFor { get; init; } = _ => null;

    /// <summary>The config keys the providers declare (their schemas' config): a stack file's typos in their namespaces are errors, their secrets are never written plain.</summary>
    public IReadOnlyList<Engine.Configuration.ConfigDeclaration> ProviderConfig { get; init; } = [];

    /// <summary>What serves some stacks in-process (the Zendesk emulator of the local stack); the CLI knows none by name.</summary>
    public IReadOnlyList<ILocalBackend> LocalBackends { get; init; } = [];

    /// <summary>Commands of the program's own (verify, failures ...).</summary>
    public IReadOnlyList<CliExtension> Extensions { get; init; } = [];

    /// <summary>The config key --rate-limit sets for one run (e.g. zendesk:rateLimit); null when the providers take no budget.</summary>
    public string? RateLimitConfigKey { get; init; }

    /// <summary>Lines to print after a successful up (a go-live checklist), from the stack's outputs.</summary>
    public Func<Engine.Deploy.DeploymentResult, IReadOnlyList<string>> AfterUp { get; init; } = _ => [];
}
