using System.Globalization;

namespace StellaIac.Engine.PulumiHost;

/// <summary>
/// What Pulumi's language host hands a program it starts: the engine's two addresses, the project and stack,
/// preview or update, and the stack's config, all in <c>PULUMI_*</c> environment variables (no arguments).
/// </summary>
public sealed record PulumiEnvironment
{
    public required string MonitorAddress { get; init; }

    public required string EngineAddress { get; init; }

    public required string Project { get; init; }

    public required string Stack { get; init; }

    public string Organization { get; init; } = "organization";

    public required bool DryRun { get; init; }

    public int Parallel { get; init; }

    /// <summary>PULUMI_CONFIG: a JSON object of <c>namespace:key</c> to the value's text.</summary>
    public string? ConfigJson { get; init; }

    /// <summary>PULUMI_CONFIG_SECRET_KEYS: a JSON array of the keys that hold secrets.</summary>
    public string? SecretKeysJson { get; init; }

    /// <summary>True when a language host started this process: no arguments and an engine to talk to.</summary>
    public static bool StartedByLanguageHost(IReadOnlyList<string> args, Func<string, string?> variable)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(variable);
        return args.Count == 0 && !string.IsNullOrEmpty(variable("PULUMI_MONITOR"));
    }

    /// <summary>Reads the variables; a missing or malformed one is an error that names it, as Pulumi's SDKs report it.</summary>
    public static PulumiEnvironment Read(Func<string, string?> variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        string Require(string name) => variable(name) is { Length: > 0 } value
            ? value
            : throw new PulumiHostException($"{name} is not set: the program was run without the Pulumi engine; run it with `pulumi up` (or with arguments, e.g. `up --stack local`, for the embedded CLI).");

        var dryRun = Require("PULUMI_DRY_RUN");
        var parallel = variable("PULUMI_PARALLEL");
        return new PulumiEnvironment
        {
            MonitorAddress = Require("PULUMI_MONITOR"),
            EngineAddress = Require("PULUMI_ENGINE"),
            Project = Require("PULUMI_PROJECT"),
            Stack = Require("PULUMI_STACK"),
            Organization = variable("PULUMI_ORGANIZATION") is { Length: > 0 } organization ? organization : "organization",
            DryRun = bool.TryParse(dryRun, out var preview) ? preview : throw new PulumiHostException($"PULUMI_DRY_RUN must be true or false, got '{dryRun}'."),
            Parallel = string.IsNullOrEmpty(parallel) ? 0
                : int.TryParse(parallel, NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count
                : throw new PulumiHostException($"PULUMI_PARALLEL must be a whole number, got '{parallel}'."),
            ConfigJson = variable("PULUMI_CONFIG"),
            SecretKeysJson = variable("PULUMI_CONFIG_SECRET_KEYS"),
        };
    }
}
