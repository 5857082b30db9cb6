using System.Text.RegularExpressions;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;

namespace Pulumi.Zendesk.Provider.Tests;

/// <summary>The plugin starts as Pulumi starts plugins, and answers what it does not serve with UNIMPLEMENTED.</summary>
public sealed class LaunchTests
{
    [Fact]
    public async Task The_port_alone_is_the_first_stdout_line_and_nothing_else_ever_reaches_stdout()
    {
        await using var plugin = await PluginProcess.StartAsync("--logtostderr", "-v=9", "127.0.0.1:1");

        var info = await plugin.Client.GetPluginInfoAsync(new Empty());
        var handshake = await plugin.Client.HandshakeAsync(new ProviderHandshakeRequest { EngineAddress = "127.0.0.1:1", ConfigureWithUrn = true });
        await plugin.Client.GetSchemaAsync(new GetSchemaRequest());
        var unconfigured = await Assert.ThrowsAsync<RpcException>(async () => await plugin.Client.CheckAsync(new CheckRequest { Urn = "urn:pulumi:dev::p::zendesk:index:Webhook::w", Type = "zendesk:index:Webhook" }));
        var rest = await plugin.StopAsync();

        Assert.Matches(new Regex("^[0-9]{1,5}$"), plugin.FirstLine);
        Assert.InRange(plugin.Port, 1, 65535);
        Assert.Equal("0.1.0", info.Version);
        Assert.True(handshake.AcceptSecrets && handshake.AcceptResources);
        Assert.Equal(StatusCode.FailedPrecondition, unconfigured.StatusCode);
        Assert.Contains("Configure", unconfigured.Status.Detail, StringComparison.Ordinal);
        Assert.Equal("", rest);
    }

    [Fact]
    public async Task Without_an_engine_address_it_starts_and_accepts_Attach()
    {
        await using var plugin = await PluginProcess.StartAsync();

        await plugin.Client.HandshakeAsync(new ProviderHandshakeRequest());
        await plugin.Client.AttachAsync(new PluginAttach { Address = "127.0.0.1:9" });
        var info = await plugin.Client.GetPluginInfoAsync(new Empty());
        await plugin.Client.CancelAsync(new Empty());

        Assert.Equal("0.1.0", info.Version);
    }

    [Theory]
    [InlineData("Call")]
    [InlineData("Parameterize")]
    [InlineData("GetMapping")]
    public async Task What_it_does_not_serve_answers_UNIMPLEMENTED(string method)
    {
        await using var plugin = await PluginProcess.StartAsync("127.0.0.1:1");

        Assert.Equal(StatusCode.Unimplemented, await plugin.Unserved.CallAsync(method));
    }
}
