using Grpc.Core;
using Pulumirpc;

namespace StellaIac.Engine.PulumiHost;

/// <summary>Diagnostics shown by the Pulumi CLI (Engine.Log); remembers whether an error was reported, which decides the exit code.</summary>
internal sealed class EngineLog(Pulumirpc.Engine.EngineClient client, TextWriter fallback)
{
    private int errors;

    public bool ErrorReported => Volatile.Read(ref errors) > 0;

    public Task WarningAsync(string message, string? urn = null) => WriteAsync(LogSeverity.Warning, message, urn);

    public Task ErrorAsync(string message, string? urn = null)
    {
        Interlocked.Increment(ref errors);
        return WriteAsync(LogSeverity.Error, message, urn);
    }

    private async Task WriteAsync(LogSeverity severity, string message, string? urn)
    {
        try
        {
            await client.LogAsync(new LogRequest { Severity = severity, Message = message, Urn = urn ?? "" });
        }
        catch (RpcException ex)
        {
            // The engine is gone: the message still reaches the user through the language host's stderr.
            await fallback.WriteLineAsync($"{severity.ToString().ToUpperInvariant()}: {message} (Engine.Log failed: {ex.Status.Detail})");
        }
    }
}
