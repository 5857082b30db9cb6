using System.Diagnostics;
using StellaIac.Zendesk.Emulator;

namespace Pulumi.Zendesk.Provider.Tests;

/// <summary>
/// Runs tests/provider-conformance/conformance.js, which drives the published plugin with the @pulumi/pulumi
/// npm package's own generated gRPC client, against an emulator. Its packages come from <c>npm ci</c> in
/// that folder (.ci/run does it).
/// </summary>
public sealed class NodeConformanceTests : IAsyncLifetime
{
    private ZendeskEmulator emulator = null!;

    public async Task InitializeAsync() => emulator = await ZendeskEmulator.StartAsync();

    public async Task DisposeAsync() => await emulator.DisposeAsync();

    [Fact]
    public async Task Pulumis_own_Node_client_drives_the_plugin_through_the_whole_protocol()
    {
        var folder = Path.Combine(StellaIac.Testing.RepositoryRoot.Path, "tests", "provider-conformance");
        Assert.True(Directory.Exists(Path.Combine(StellaIac.Testing.RepositoryRoot.Path, "node_modules", "@pulumi", "pulumi")), "Run `npm ci` in the repository root first (.ci/run does): the test needs @pulumi/pulumi and @grpc/grpc-js at the versions package-lock.json pins.");
        var start = new ProcessStartInfo("node") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "conformance.js", "--plugin", PluginProcess.Executable, "--url", emulator.BaseAddress.ToString(), "--oauth-token", EmulatorOptions.DefaultOAuthToken })
        {
            start.ArgumentList.Add(arg);
        }

        using var node = Process.Start(start)!;
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));

        Assert.True(node.ExitCode == 0, $"conformance.js exited {node.ExitCode}:\n{await stdout}\n{await stderr}");
        Assert.Matches("conformance: [0-9]+ checks passed", await stdout);
        Assert.DoesNotContain("not ok", await stdout, StringComparison.Ordinal);
    }
}
