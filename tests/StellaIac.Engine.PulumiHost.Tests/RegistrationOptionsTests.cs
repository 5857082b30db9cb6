using Pulumi.Zendesk.TicketFields;
using StellaIac.Engine.Program;
using StellaIac.Testing;

namespace StellaIac.Engine.PulumiHost.Tests;

/// <summary>The backend in this process (the program model is ambient per async flow): resource options reach the engine as Pulumi's fields.</summary>
public sealed class RegistrationOptionsTests
{
    [Fact]
    public async Task Protect_ignoreChanges_deleteBeforeReplace_importId_and_retainOnDelete_reach_the_engine()
    {
        await using var engine = await FakePulumiEngine.StartAsync(new FakeEngineOptions());
        using var error = new StringWriter();

        var code = await PulumiLanguageHost.RunAsync(
            _ =>
            {
                var plain = new TicketField("plain", new TicketFieldArgs { Type = "checkbox", Title = "Plain" });
                new TicketField("kept", new TicketFieldArgs { Type = "checkbox", Title = "Kept" }, new CustomResourceOptions
                {
                    Protect = true,
                    IgnoreChanges = ["title"],
                    DeleteBeforeReplace = true,
                    ImportId = "360001",
                    RetainOnDelete = true,
                    DependsOn = [plain],
                });
                return Task.FromResult<IDictionary<string, object?>>(new Dictionary<string, object?>());
            },
            Variables(engine),
            error);

        Assert.True(code == 0, error.ToString());
        var plain = Assert.Single(engine.Calls.Registrations, r => r.Name == "plain");
        var kept = Assert.Single(engine.Calls.Registrations, r => r.Name == "kept");
        Assert.Equal((false, false, false, "", false), (plain.Protect, plain.DeleteBeforeReplace, plain.DeleteBeforeReplaceDefined, plain.ImportId, plain.RetainOnDelete));
        Assert.Equal((true, true, true, "360001", true), (kept.Protect, kept.DeleteBeforeReplace, kept.DeleteBeforeReplaceDefined, kept.ImportId, kept.RetainOnDelete));
        Assert.Equal(["title"], kept.IgnoreChanges);
        Assert.Equal(["urn:pulumi:test::stella-iac::zendesk:index:TicketField::plain"], kept.Dependencies);
        Assert.Equal("urn:pulumi:test::stella-iac::pulumi:pulumi:Stack::stella-iac-test", kept.Parent);
    }

    [Fact]
    public async Task A_secret_config_key_stays_secret_in_what_the_program_registers()
    {
        await using var engine = await FakePulumiEngine.StartAsync(new FakeEngineOptions { DryRun = true });
        using var error = new StringWriter();

        var code = await PulumiLanguageHost.RunAsync(
            _ => Task.FromResult<IDictionary<string, object?>>(new Dictionary<string, object?>
            {
                ["token"] = new Config("zendesk").RequireSecret("apiToken"),
                ["subdomain"] = new Config("zendesk").Require("subdomain"),
            }),
            Variables(engine, """{"zendesk:apiToken":"t0ken","zendesk:config:subdomain":"acme"}""", """["zendesk:apiToken"]"""),
            error);

        Assert.True(code == 0, error.ToString());
        var outputs = Assert.Single(engine.Calls.Outputs).Outputs.Fields;
        Assert.True(Wire.IsSecret(outputs["token"], out var token));
        Assert.Equal("t0ken", token.StringValue);
        Assert.Equal("acme", outputs["subdomain"].StringValue);
    }

    private static Func<string, string?> Variables(FakePulumiEngine engine, string config = "{}", string secretKeys = "[]")
    {
        var variables = new Dictionary<string, string>
        {
            ["PULUMI_MONITOR"] = engine.Address,
            ["PULUMI_ENGINE"] = engine.Address,
            ["PULUMI_PROJECT"] = "stella-iac",
            ["PULUMI_STACK"] = "test",
            ["PULUMI_DRY_RUN"] = engine.Calls.Options.DryRun ? "true" : "false",
            ["PULUMI_PARALLEL"] = "4",
            ["PULUMI_CONFIG"] = config,
            ["PULUMI_CONFIG_SECRET_KEYS"] = secretKeys,
        };
        return name => variables.GetValueOrDefault(name);
    }
}
