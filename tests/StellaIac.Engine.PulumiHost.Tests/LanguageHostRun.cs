using System.Diagnostics;
using System.Text.Json;
using StellaIac.Testing;

namespace StellaIac.Engine.PulumiHost.Tests;

/// <summary>Starts the built infra program as Pulumi's dotnet language host does: no arguments, the engine and stack in PULUMI_* variables.</summary>
public static class LanguageHostRun
{
    public static async Task<(int Code, string Output)> RunAsync(FakePulumiEngine engine, IReadOnlyDictionary<string, string> config, IReadOnlyList<string> secretKeys, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var options = engine.Calls.Options;
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetTempPath(), RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "infra.dll"));
        var variables = new Dictionary<string, string?>
        {
            ["PULUMI_MONITOR"] = engine.Address,
            ["PULUMI_ENGINE"] = engine.Address,
            ["PULUMI_PROJECT"] = options.Project,
            ["PULUMI_STACK"] = options.Stack,
            ["PULUMI_ORGANIZATION"] = "organization",
            ["PULUMI_ROOT_DIRECTORY"] = Path.GetTempPath(),
            ["PULUMI_PWD"] = Path.GetTempPath(),
            ["PULUMI_DRY_RUN"] = options.DryRun ? "true" : "false",
            ["PULUMI_QUERY_MODE"] = "false",
            ["PULUMI_PARALLEL"] = "8",
            ["PULUMI_CONFIG"] = JsonSerializer.Serialize(config),
            ["PULUMI_CONFIG_SECRET_KEYS"] = JsonSerializer.Serialize(secretKeys),
            ["PULUMI_ATTACH_DEBUGGER"] = "false",
        };
        foreach (var (name, value) in overrides ?? new Dictionary<string, string?>())
        {
            variables[name] = value;
        }

        foreach (var (name, value) in variables)
        {
            if (value is null)
            {
                info.Environment.Remove(name);
            }
            else
            {
                info.Environment[name] = value;
            }
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await output + await error);
    }
}
