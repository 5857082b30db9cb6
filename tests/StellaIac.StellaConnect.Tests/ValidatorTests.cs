using StellaIac.Engine.Program;
using StellaIac.Engine.Testing;
using StellaIac.StellaConnect.Channels;
using StellaIac.StellaConnect.Validation;

namespace StellaIac.StellaConnect.Tests;

public sealed class ValidatorTests
{
    private static readonly StellaConnectIntegrationArgs Sound = new() { ApiKey = "k", Channels = [StellaChannel.Email(), StellaChannel.Phone()] };

    [Fact]
    public void A_sound_declaration_has_no_problems() => Assert.Empty(IntegrationValidator.Problems(Sound, "test"));

    [Fact]
    public void Two_send_triggers_covering_one_channel_are_refused()
    {
        var problems = IntegrationValidator.Problems(Sound with { Channels = [StellaChannel.Email(), StellaChannel.Chat(additionalChannels: [4])] }, "test");

        Assert.Contains(problems, p => p.Summary.Contains("email and chat both cover via_id 4", StringComparison.Ordinal));
    }

    [Fact]
    public void A_channel_declared_twice_is_refused()
        => Assert.Contains(IntegrationValidator.Problems(Sound with { Channels = [StellaChannel.Email(), StellaChannel.Email()] }, "test"), p => p.Summary.Contains("email is declared 2 times", StringComparison.Ordinal));

    [Theory]
    [InlineData("Live \"chat\"")]
    [InlineData("")]
    public void A_custom_channel_name_the_payload_cannot_carry_is_refused(string name)
        => Assert.Contains(IntegrationValidator.Problems(Sound with { Channels = [StellaChannel.Custom(name, [RuleCondition.Channel(55)])] }, "test"), p => p.Code == StellaDiagnosticCodes.UnsafeChannelName && p.Property!.StartsWith("channels[0]", StringComparison.Ordinal));

    [Fact]
    public void A_custom_channel_without_a_channel_condition_is_refused()
        => Assert.Contains(IntegrationValidator.Problems(Sound with { Channels = [StellaChannel.Custom("SMS", [])] }, "test"), p => p.Summary.Contains("needs its channel condition", StringComparison.Ordinal));

    [Fact]
    public void An_exclusion_without_conditions_and_a_bad_chat_status_are_refused()
    {
        var problems = IntegrationValidator.Problems(Sound with { Channels = [StellaChannel.Chat(status: "done")], Exclusions = [new ExclusionRule()] }, "test");

        Assert.Contains(problems, p => p.Summary.Contains("'done' is not a ticket status", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Summary.Contains("would stop every survey", StringComparison.Ordinal));
    }

    [Fact]
    public void A_stack_going_live_with_another_stacks_key_is_refused_and_the_key_is_not_printed()
    {
        var args = Sound with { ApiKey = "shared-key-42", GoLive = true, OtherStackKeyFingerprints = new Dictionary<string, string> { ["test"] = StellaKey.Fingerprint("shared-key-42"), ["other"] = StellaKey.Fingerprint("different") } };

        var problems = IntegrationValidator.KeyProblems("shared-key-42", args, "prod");

        Assert.Empty(IntegrationValidator.Problems(args, "prod"));
        var problem = Assert.Single(problems);
        Assert.Equal(StellaDiagnosticCodes.SharedKey, problem.Code);
        Assert.Contains("same Stella key as the stack 'test'", problem.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("shared-key-42", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Custom_field_tags_must_be_ids_and_at_most_twenty()
    {
        var problems = IntegrationValidator.Problems(Sound with { Payload = new Payloads.PayloadOptions { Tags = Payloads.TagSource.CustomFields([.. Enumerable.Range(1, 21).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), "reason"]) } }, "test");

        Assert.Contains(problems, p => p.Summary.Contains("numeric ids", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Summary.Contains("at most 20 tags", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_component_refuses_an_unsound_declaration_before_registering_anything()
    {
        var result = await ProgramTester.RunAsync(() => new StellaConnectIntegration("stella", Sound with { Channels = [] }));

        var failure = Assert.Single(result.Failures);
        Assert.Contains("channels", failure.Message, StringComparison.Ordinal);
        Assert.Empty(result.Registrations);
    }

    [Fact]
    public async Task An_empty_secret_key_stops_every_child_before_anything_is_registered()
    {
        var result = await ProgramTester.RunAsync(() => new StellaConnectIntegration("stella", Sound with { ApiKey = Output.CreateSecret(" ") }));

        Assert.Contains(result.Failures, f => f.Message.Contains("apiKey: the Stella Connect API key is empty", StringComparison.Ordinal));
        Assert.Empty(result.Registrations);
    }

    [Fact]
    public async Task The_key_stays_secret_into_the_webhook_and_only_its_fingerprint_is_plain()
    {
        var result = await ProgramTester.RunAsync(() => new StellaConnectIntegration("stella", Sound with { ApiKey = "plain-key-7" }));

        var webhook = result.Registrations.Single(r => r.Type == "zendesk:index:Webhook");
        Assert.True(webhook.Inputs["authentication"].ContainsSecrets);
        var fingerprint = result.Registrations.Single(r => r.Type == StellaConnectIntegration.Token).Inputs["keyFingerprint"];
        Assert.False(fingerprint.IsSecret);
        Assert.Equal(StellaKey.Fingerprint("plain-key-7"), fingerprint.TryGetString(out var text) ? text : null);
    }
}
