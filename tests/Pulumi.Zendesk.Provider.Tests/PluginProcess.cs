using System.Diagnostics;
using System.Globalization;
using Grpc.Net.Client;
using Pulumirpc;

namespace Pulumi.Zendesk.Provider.Tests;

/// <summary>
/// A published plugin (<c>pulumi-resource-zendesk</c>, or <c>pulumi-resource-stella</c>) started as the Pulumi engine starts it: a process whose
/// first stdout line is its port, spoken to over plaintext HTTP/2 gRPC on 127.0.0.1.
/// </summary>
public sealed class PluginProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly GrpcChannel channel;
    private readonly Task<string> restOfStdout;

    private PluginProcess(Process process, int port, string firstLine)
    {
        this.process = process;
        Port = port;
        FirstLine = firstLine;
        channel = GrpcChannel.ForAddress($"http://127.0.0.1:{port}");
        Client = new ResourceProvider.ResourceProviderClient(channel);
        restOfStdout = process.StandardOutput.ReadToEndAsync();
    }

    /// <summary>The published plugin folder, what a Pulumi.yaml's <c>plugins: providers: path</c> names.</summary>
    public static string PluginDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "plugin");

    public static string Executable { get; } = ExecutableIn(PluginDirectory, "zendesk");

    /// <summary>The published component plugin's folder.</summary>
    public static string StellaPluginDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "plugin-stella");

    public static string StellaExecutable { get; } = ExecutableIn(StellaPluginDirectory, "stella");

    public int Port { get; }

    public string FirstLine { get; }

    public ResourceProvider.ResourceProviderClient Client { get; }

    public UnservedMethodCaller Unserved => new(channel.CreateCallInvoker());

    /// <summary>Starts <c>pulumi-resource-zendesk</c>.</summary>
    public static Task<PluginProcess> StartAsync(params string[] args) => StartExecutableAsync(Executable, args);

    /// <summary>Starts <c>pulumi-resource-stella</c>.</summary>
    public static Task<PluginProcess> StartStellaAsync(params string[] args) => StartExecutableAsync(StellaExecutable, args);

    private static string ExecutableIn(string directory, string package)
        => Path.Combine(directory, OperatingSystem.IsWindows() ? $"pulumi-resource-{package}.exe" : $"pulumi-resource-{package}");

    private static async Task<PluginProcess> StartExecutableAsync(string executable, string[] args)
    {
        if (!File.Exists(executable))
        {
            throw new FileNotFoundException($"The published plugin is missing at {executable}: build tests/Pulumi.Zendesk.Provider.Tests, which publishes it there.");
        }

        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        _ = process.StandardError.ReadToEndAsync();
        var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60)) ?? throw new InvalidOperationException("The plugin closed stdout without printing its port.");
        return new PluginProcess(process, int.Parse(line, NumberStyles.None, CultureInfo.InvariantCulture), line);
    }

    /// <summary>Stops the plugin (as the engine does) and returns what it wrote to stdout after the port.</summary>
    public async Task<string> StopAsync()
    {
        if (!process.HasExited)
        {
            process.Kill();
        }

        await process.WaitForExitAsync();
        return await restOfStdout;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        channel.Dispose();
        process.Dispose();
    }
}
