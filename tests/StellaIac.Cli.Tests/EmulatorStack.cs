using StellaIac.Engine.Secrets;
using StellaIac.Zendesk;
using StellaIac.Zendesk.Emulator;
using StellaIac.Zendesk.Emulator.Control;

namespace StellaIac.Cli.Tests;

/// <summary>
/// The stack 'test' of a temporary project, on an emulator of its own over loopback (with an API token and a Stella
/// key of the test's choosing, both set as secrets), with the emulator's control endpoints and a client to look.
/// </summary>
public sealed class EmulatorStack : IAsyncDisposable
{
    public const string Passphrase = "correct horse";

    private EmulatorStack(TempProject project, ZendeskEmulator emulator, string apiToken)
    {
        Project = project;
        Emulator = emulator;
        Control = new EmulatorControl(emulator.BaseAddress);
        Zendesk = new ZendeskClient(new ZendeskClientOptions { Endpoint = ZendeskEndpoint.FromUrl(emulator.BaseAddress.ToString()), Credentials = ZendeskCredentials.ApiToken(EmulatorOptions.DefaultEmail, apiToken) });
    }

    public TempProject Project { get; }

    public ZendeskEmulator Emulator { get; }

    public EmulatorControl Control { get; }

    public ZendeskClient Zendesk { get; }

    public static async Task<EmulatorStack> StartAsync(string stellaKey, string apiToken)
    {
        var project = new TempProject();
        var stack = new EmulatorStack(project, await ZendeskEmulator.StartAsync(new EmulatorOptions { ApiToken = apiToken, StellaKeys = [stellaKey] }), apiToken);
        File.WriteAllText(project.PathOf("Pulumi.test.yaml"), $"config:\n  zendesk:url: {stack.Emulator.BaseAddress}\n  zendesk:email: {EmulatorOptions.DefaultEmail}\n");
        project.Environment[PassphraseSource.Variable] = Passphrase;
        await project.RunAsync("config", "set", "--secret", "zendesk:apiToken", apiToken, "--stack", "test");
        await project.RunAsync("config", "set", "--secret", "stellaApiKey", stellaKey, "--stack", "test");
        return stack;
    }

    /// <summary>Asserts Zendesk holds one webhook, one field, one category and each trigger title once.</summary>
    public async Task AssertNothingDuplicatedAsync()
    {
        Assert.Single(await Zendesk.Webhooks.ListAsync().ToListAsync());
        Assert.Single(await Zendesk.TicketFields.ListAsync().ToListAsync(), f => f.Title == "Do not Send Stella Connect Survey");
        Assert.Single(await Zendesk.TriggerCategories.ListAsync().ToListAsync(), c => c.Name == "Stella Connect");
        var titles = (await Zendesk.Triggers.ListAsync().ToListAsync()).Select(t => t.Title).ToList();
        Assert.Equal(titles.Distinct().Count(), titles.Count);
        Assert.Equal(3, titles.Count(t => t.StartsWith("Send Stella Connect request", StringComparison.Ordinal)));
    }

    public async ValueTask DisposeAsync()
    {
        Zendesk.Dispose();
        Control.Dispose();
        await Emulator.DisposeAsync();
        Project.Dispose();
    }
}
