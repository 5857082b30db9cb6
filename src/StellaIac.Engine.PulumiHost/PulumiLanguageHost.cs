using System.Collections.Concurrent;
using Grpc.Net.Client;
using Pulumirpc;
using StellaIac.Engine.Program;

namespace StellaIac.Engine.PulumiHost;

/// <summary>
/// Runs a program the way Pulumi's dotnet language host expects: config and stack from the environment,
/// every resource registered with the engine's ResourceMonitor, failures and the program's warnings
/// through Engine.Log, then exit 0, or 32 once an error has been reported (the engine shows no more).
/// </summary>
public static class PulumiLanguageHost
{
    /// <summary>The exit code that tells the language host an actionable error was already reported.</summary>
    public const int ErrorReported = 32;

    /// <summary>The exit code when there is no engine to report to: the environment itself is unusable.</summary>
    public const int EnvironmentUnusable = 1;

    /// <summary>Runs <paramref name="program"/> (whose argument takes warnings for the user) under the engine named by <paramref name="variable"/>.</summary>
    public static async Task<int> RunAsync(Func<Action<string>, Task<IDictionary<string, object?>>> program, Func<string, string?> variable, TextWriter error, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(program);
        ArgumentNullException.ThrowIfNull(variable);
        ArgumentNullException.ThrowIfNull(error);
        PulumiEnvironment environment;
        try
        {
            environment = PulumiEnvironment.Read(variable);
        }
        catch (PulumiHostException ex)
        {
            await error.WriteLineAsync($"error: {ex.Message}");
            return EnvironmentUnusable;
        }

        using var monitorChannel = Channel(environment.MonitorAddress);
        using var engineChannel = Channel(environment.EngineAddress);
        var log = new EngineLog(new Pulumirpc.Engine.EngineClient(engineChannel), error);
        var monitor = new GrpcResourceMonitor(new ResourceMonitor.ResourceMonitorClient(monitorChannel), environment.DryRun);
        var warnings = new ConcurrentQueue<Task>();
        try
        {
            var config = PulumiConfigReader.Read(environment.Project, environment.ConfigJson, environment.SecretKeysJson);
            var context = new ProgramContext(environment.Project, environment.Stack, environment.DryRun, config);
            var result = await Deployment.RunAsync(context, monitor, () => program(message => warnings.Enqueue(log.WarningAsync(message))), ct);
            await Task.WhenAll(warnings);
            await ReportAsync(log, result.Failures);
        }
        catch (PulumiHostException ex)
        {
            await log.ErrorAsync(ex.Message);
        }

        if (log.ErrorReported)
        {
            return ErrorReported;
        }

        await monitor.SignalAndWaitForShutdownAsync(ct);
        return 0;
    }

    /// <summary>A resource skipped because another failed is a warning, as the embedded engine shows it; each cause is one error.</summary>
    private static async Task ReportAsync(EngineLog log, IReadOnlyList<Exception> failures)
    {
        foreach (var skipped in failures.OfType<DependencyFailedException>())
        {
            await log.WarningAsync(skipped.Message, skipped.Urn);
        }

        foreach (var cause in FailureCauses.Of(failures))
        {
            await log.ErrorAsync(cause.Message);
        }
    }

    /// <summary>The engine's servers speak plaintext HTTP/2 on loopback; messages may be large (Pulumi's SDKs allow 400 MiB).</summary>
    private static GrpcChannel Channel(string address) => GrpcChannel.ForAddress(
        new Uri($"http://{address}"),
        new GrpcChannelOptions { MaxReceiveMessageSize = 400 * 1024 * 1024, MaxSendMessageSize = 400 * 1024 * 1024 });
}
