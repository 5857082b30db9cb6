using Pulumirpc;
using StellaIac.Testing;
using static StellaIac.Engine.PulumiHost.Tests.Wire;

namespace StellaIac.Engine.PulumiHost.Tests;

/// <summary>The built infra program, started as Pulumi's language host starts it, against a fake engine over real gRPC.</summary>
public sealed class LanguageHostProcessTests
{
    private const string Key = "stella-test-key-0123456789abcdef";

    private static readonly Dictionary<string, string> Config = new()
    {
        ["stella-iac:stellaApiKey"] = Key,
        ["stella-iac:goLive"] = "false",
        ["zendesk:subdomain"] = "acme",
    };

    private static readonly string[] SecretKeys = ["stella-iac:stellaApiKey"];

    [Fact]
    public async Task A_preview_registers_the_stack_then_the_integration_with_the_key_secret_and_unknown_ids()
    {
        await using var engine = await FakePulumiEngine.StartAsync(new FakeEngineOptions { DryRun = true });

        var (code, output) = await LanguageHostRun.RunAsync(engine, Config, SecretKeys);

        Assert.True(code == 0, output + Logs(engine));
        var registrations = engine.Calls.Registrations.ToList();
        Assert.Equal("SupportsFeature resourceReferences", engine.Calls.Sequence.First());
        Assert.Equal(("pulumi:pulumi:Stack", "stella-iac-test", "", false), (registrations[0].Type, registrations[0].Name, registrations[0].Parent, registrations[0].Custom));
        var integration = Single(registrations, "stella:index:StellaConnectIntegration");
        Assert.Equal(("stella", StackUrn, false), (integration.Name, integration.Parent, integration.Custom));
        var webhook = Single(registrations, "zendesk:index:Webhook");
        Assert.Equal(("stella-webhook", IntegrationUrn, true), (webhook.Name, webhook.Parent, webhook.Custom));
        Assert.True(webhook.AcceptSecrets && webhook.AcceptResources && webhook.SupportsPartialValues);
        Assert.True(IsSecret(webhook.Object.Fields["authentication"].StructValue.Fields["password"], out var password));
        Assert.Equal(Key, password.StringValue);

        // The send triggers use the webhook's id, unknown until the webhook exists.
        var sends = registrations.Where(r => r.Type == "zendesk:index:Trigger" && r.Dependencies.Contains(WebhookUrn)).ToList();
        Assert.Equal(3, sends.Count);
        Assert.All(sends, s => Assert.Contains(s.PropertyDependencies, p => p.Value.Urns.Contains(WebhookUrn)));
        Assert.All(sends, s => Assert.Contains(PropertyWire.Unknown, s.Object.ToString(), StringComparison.Ordinal));

        var stackOutputs = Assert.Single(engine.Calls.Outputs, o => o.Urn == StackUrn).Outputs.Fields;
        Assert.Equal(PropertyWire.Unknown, stackOutputs["webhookId"].StringValue);
        Assert.Equal(PropertyWire.Unknown, stackOutputs["doNotSendFieldId"].StringValue);
        Assert.Matches("^hmac-sha256:[0-9a-f]{32}$", stackOutputs["keyFingerprint"].StringValue);
        Assert.All(registrations.Where(r => !r.Custom), c => Assert.Contains(engine.Calls.Outputs, o => o.Urn.EndsWith("::" + c.Name, StringComparison.Ordinal)));
        Assert.Equal("SignalAndWaitForShutdown", engine.Calls.Sequence.Last());
        AssertKeyNeverPlain(engine, output);
    }

    [Fact]
    public async Task An_update_resolves_outputs_from_the_engines_answers()
    {
        await using var engine = await FakePulumiEngine.StartAsync(new FakeEngineOptions());

        var (code, output) = await LanguageHostRun.RunAsync(engine, Config, SecretKeys);

        Assert.True(code == 0, output + Logs(engine));
        var webhookId = engine.Calls.Ids[WebhookUrn];
        var stackOutputs = Assert.Single(engine.Calls.Outputs, o => o.Urn == StackUrn).Outputs.Fields;
        Assert.Equal(webhookId, stackOutputs["webhookId"].StringValue);
        Assert.Equal(engine.Calls.Ids[FieldUrn], stackOutputs["doNotSendFieldId"].StringValue);
        var integrationOutputs = Assert.Single(engine.Calls.Outputs, o => o.Urn == IntegrationUrn).Outputs.Fields;
        Assert.Equal(webhookId, integrationOutputs["webhookId"].StringValue);
        var sends = engine.Calls.Registrations.Where(r => r.Type == "zendesk:index:Trigger" && r.Dependencies.Contains(WebhookUrn)).ToList();
        Assert.All(sends, s => Assert.Contains($"\"{webhookId}\"", s.Object.Fields["actions"].ToString(), StringComparison.Ordinal));
        Assert.DoesNotContain(engine.Calls.Registrations, r => r.Object.ToString().Contains(PropertyWire.Unknown, StringComparison.Ordinal));
        AssertKeyNeverPlain(engine, output);
    }

    [Fact]
    public async Task A_registration_the_engine_refuses_is_one_clear_error_and_exit_32()
    {
        await using var engine = await FakePulumiEngine.StartAsync(new FakeEngineOptions { RefuseType = "zendesk:index:Webhook" });

        var (code, output) = await LanguageHostRun.RunAsync(engine, Config, SecretKeys);

        Assert.True(code == 32, output + Logs(engine));
        var error = Assert.Single(engine.Calls.Logs, l => l.Severity == LogSeverity.Error);
        Assert.Contains(WebhookUrn, error.Message, StringComparison.Ordinal);
        Assert.Contains("refused by policy", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("SignalAndWaitForShutdown", engine.Calls.Sequence);
        AssertKeyNeverPlain(engine, output);
    }

    [Fact]
    public async Task A_validators_error_goes_through_Engine_Log_and_nothing_of_the_integration_is_registered()
    {
        await using var engine = await FakePulumiEngine.StartAsync(new FakeEngineOptions { DryRun = true });
        var config = new Dictionary<string, string>(Config) { ["stella-iac:integration"] = """{"channels":[{"kind":"chat","status":"bogus"}]}""" };

        var (code, output) = await LanguageHostRun.RunAsync(engine, config, SecretKeys);

        Assert.True(code == 32, output + Logs(engine));
        var error = Assert.Single(engine.Calls.Logs, l => l.Severity == LogSeverity.Error);
        Assert.Contains("'bogus' is not a ticket status", error.Message, StringComparison.Ordinal);
        Assert.Equal(["pulumi:pulumi:Stack"], engine.Calls.Registrations.Select(r => r.Type));
    }

    [Fact]
    public async Task The_payload_lints_warning_goes_through_Engine_Log_unless_the_payload_is_hardened()
    {
        await using var seed = await FakePulumiEngine.StartAsync(new FakeEngineOptions { DryRun = true });
        await using var hardened = await FakePulumiEngine.StartAsync(new FakeEngineOptions { DryRun = true });

        var seedRun = await LanguageHostRun.RunAsync(seed, Config, SecretKeys);
        var hardenedRun = await LanguageHostRun.RunAsync(hardened, new Dictionary<string, string>(Config) { ["stella-iac:hardenedPayload"] = "true" }, SecretKeys);

        Assert.Equal((0, 0), (seedRun.Code, hardenedRun.Code));
        Assert.Contains(seed.Calls.Logs, l => l.Severity == LogSeverity.Warning && l.Message.Contains("payload breaks", StringComparison.Ordinal));
        Assert.DoesNotContain(hardened.Calls.Logs, l => l.Severity == LogSeverity.Warning);
    }

    [Fact]
    public async Task Under_an_engine_without_SignalAndWaitForShutdown_the_program_still_exits_0()
    {
        await using var engine = await FakePulumiEngine.StartAsync(new FakeEngineOptions { SupportsShutdown = false });

        var (code, output) = await LanguageHostRun.RunAsync(engine, Config, SecretKeys);

        Assert.True(code == 0, output + Logs(engine));
        Assert.Contains("SignalAndWaitForShutdown", engine.Calls.Sequence);
    }

    [Fact]
    public async Task Without_the_engines_address_the_program_says_which_variable_is_missing_and_exits_1()
    {
        await using var engine = await FakePulumiEngine.StartAsync(new FakeEngineOptions());

        var (code, output) = await LanguageHostRun.RunAsync(engine, Config, SecretKeys, new Dictionary<string, string?> { ["PULUMI_ENGINE"] = null });

        Assert.Equal(1, code);
        Assert.Contains("PULUMI_ENGINE is not set", output, StringComparison.Ordinal);
        Assert.Empty(engine.Calls.Registrations);
    }

    private static void AssertKeyNeverPlain(FakePulumiEngine engine, string output)
    {
        Assert.DoesNotContain(Key, output, StringComparison.Ordinal);
        Assert.All(engine.Calls.Registrations, r => Assert.DoesNotContain(Key, Plain(r.Object), StringComparison.Ordinal));
        Assert.All(engine.Calls.Outputs, o => Assert.DoesNotContain(Key, Plain(o.Outputs), StringComparison.Ordinal));
        Assert.All(engine.Calls.Logs, l => Assert.DoesNotContain(Key, l.Message, StringComparison.Ordinal));
    }

    private static string Logs(FakePulumiEngine engine) => string.Join(Environment.NewLine, engine.Calls.Logs.Select(l => $"{l.Severity}: {l.Message}"));
}
