using Pulumi.Zendesk.Webhooks;
using StellaIac.Engine.Deploy;
using StellaIac.Engine.Program;
using StellaIac.Engine.Providers;
using StellaIac.Zendesk.Webhooks;
using Webhook = Pulumi.Zendesk.Webhooks.Webhook;

namespace Pulumi.Zendesk.Tests.Webhooks;

public sealed class WebhookLifecycleTests(EmulatorFixture zendesk) : ZendeskStack(zendesk)
{
    private const string TestKey = "stella-test-key-0001";
    private const string ProductionKey = "stella-prod-key-0002";

    private static void Stella(string key = TestKey, string name = "Stella Connect", string status = "active", string[]? subscriptions = null)
        => new Webhook("stella", new WebhookArgs
        {
            Name = name,
            Endpoint = "https://api.stellaconnect.net/v1/auth",
            Status = status,
            Subscriptions = subscriptions is null ? null : (InputList<string>)subscriptions,
            Authentication = new WebhookAuthenticationArgs { Username = "connect", Password = Output.CreateSecret(key) },
        });

    [Fact]
    public async Task Create_then_preview_shows_no_changes()
    {
        var up = await ApplyAsync(() => Stella());
        var again = await PreviewAsync(() => Stella());

        Assert.Equal(StepOp.Create, StepOf(up, "stella").Op);
        Assert.False(again.HasChanges, string.Join(", ", again.Steps.Where(s => s.IsChange).Select(s => $"{s.Name} {string.Join(",", s.DetailedDiff.Keys)}")));
        var webhook = await BehindTheBack.Webhooks.GetAsync(IdOf("stella"));
        Assert.Equal(("Stella Connect", "POST", "json", "basic_auth"), (webhook.Name, webhook.HttpMethod, webhook.RequestFormat, webhook.Authentication?.Type));
    }

    [Fact]
    public async Task The_key_is_kept_as_a_fingerprint_and_a_new_key_is_seen_and_sent()
    {
        await ApplyAsync(() => Stella());
        var state = File.ReadAllText(Store.StackPath("test"));

        var preview = await PreviewAsync(() => Stella(ProductionKey));
        await ApplyAsync(() => Stella(ProductionKey));
        var test = await BehindTheBack.Webhooks.TestAsync(new WebhookTest { Payload = "{\"channel\":\"phone\",\"employee\":{\"email\":\"a@b.c\"},\"do_not_send\":true}" }, IdOf("stella"));
        var deliveries = await Control.StellaDeliveriesAsync();

        Assert.DoesNotContain(TestKey, state, StringComparison.Ordinal);
        Assert.Contains("hmac-sha256:", state, StringComparison.Ordinal);
        Assert.Equal(PropertyDiffKind.Update, StepOf(preview, "stella").DetailedDiff["authentication"].Kind);
        Assert.Equal(200, test.Status);
        Assert.Equal(StellaIac.Zendesk.Emulator.Stella.StellaConnectReceiver.Fingerprint(ProductionKey), (string?)deliveries[^1]!["key_fingerprint"]);
    }

    [Fact]
    public async Task A_refresh_that_writes_keeps_the_key_encrypted_even_when_the_program_passed_it_plain()
    {
        await ApplyAsync(() => new Webhook("stella", new WebhookArgs
        {
            Name = "Stella Connect",
            Endpoint = "https://api.stellaconnect.net/v1/auth",
            Authentication = new WebhookAuthenticationArgs { Username = "connect", Password = TestKey },
        }));
        Assert.DoesNotContain(TestKey, File.ReadAllText(Store.StackPath("test")), StringComparison.Ordinal);
        Assert.DoesNotContain(StellaIac.Zendesk.Emulator.EmulatorOptions.DefaultApiToken, File.ReadAllText(Store.StackPath("test")), StringComparison.Ordinal);

        var refresh = await Engine.RefreshAsync(Target(), previewOnly: false);

        Assert.True(refresh.Succeeded);
        Assert.DoesNotContain(TestKey, File.ReadAllText(Store.StackPath("test")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_the_name_or_status_updates_in_place()
    {
        await ApplyAsync(() => Stella());
        var id = IdOf("stella");

        var preview = await PreviewAsync(() => Stella(name: "Stella Connect (prod)", status: "inactive"));
        await ApplyAsync(() => Stella(name: "Stella Connect (prod)", status: "inactive"));

        Assert.Equal(StepOp.Update, StepOf(preview, "stella").Op);
        Assert.Equal(["name", "status"], StepOf(preview, "stella").DetailedDiff.Keys);
        Assert.Equal(id, IdOf("stella"));
        Assert.Equal("inactive", (await BehindTheBack.Webhooks.GetAsync(id)).Status);
    }

    [Fact]
    public async Task Changing_the_subscriptions_replaces_the_webhook()
    {
        await ApplyAsync(() => Stella());
        var old = IdOf("stella");

        var up = await ApplyAsync(() => Stella(subscriptions: ["zen:event-type:user.deleted"]));

        Assert.Equal(StepOp.Replace, StepOf(up, "stella").Op);
        Assert.Equal(["subscriptions"], StepOf(up, "stella").ReplaceReasons);
        Assert.NotEqual(old, IdOf("stella"));
        Assert.Single(await BehindTheBack.Webhooks.ListAsync().ToListAsync());
    }

    [Fact]
    public async Task A_hand_made_webhook_with_the_same_name_and_endpoint_is_adopted_not_duplicated()
    {
        var manual = await BehindTheBack.Webhooks.CreateAsync(new WebhookContent { Name = "Stella Connect", Endpoint = "https://api.stellaconnect.net/v1/auth", Authentication = WebhookAuthentication.Basic("connect", "typed-by-hand") });

        var preview = await PreviewAsync(() => Stella());
        await ApplyAsync(() => Stella());

        Assert.Equal(StepOp.Import, StepOf(preview, "stella").Op);
        Assert.Equal(manual.Id, IdOf("stella"));
        Assert.Single(await BehindTheBack.Webhooks.ListAsync().ToListAsync());
    }

    [Fact]
    public async Task Import_by_id_adopts_the_webhook()
    {
        var manual = await BehindTheBack.Webhooks.CreateAsync(new WebhookContent { Name = "Legacy name", Endpoint = "https://api.stellaconnect.net/v1/auth" });

        var up = await ApplyAsync(() => new Webhook("stella", new WebhookArgs { Name = "Stella Connect", Endpoint = "https://api.stellaconnect.net/v1/auth" }, new CustomResourceOptions { ImportId = manual.Id }));

        Assert.Equal(StepOp.Import, StepOf(up, "stella").Op);
        Assert.Equal("Stella Connect", (await BehindTheBack.Webhooks.GetAsync(manual.Id)).Name);
    }

    [Fact]
    public async Task A_change_and_a_deletion_behind_the_tools_back_are_reported_by_refresh()
    {
        await ApplyAsync(() => Stella());
        await BehindTheBack.Webhooks.PatchAsync(IdOf("stella"), new WebhookPatch { Status = "inactive" });

        var changed = await RefreshAsync();
        await BehindTheBack.Webhooks.DeleteAsync(IdOf("stella"));
        var deleted = await RefreshAsync();

        Assert.Equal(StepOp.Update, StepOf(changed, "stella").Op);
        Assert.Equal(["status"], StepOf(changed, "stella").DetailedDiff.Keys);
        Assert.Equal(StepOp.Delete, StepOf(deleted, "stella").Op);
    }

    [Fact]
    public async Task A_username_changed_in_Zendesk_is_drift_and_up_puts_it_back()
    {
        await ApplyAsync(() => Stella());
        await BehindTheBack.Webhooks.PatchAsync(IdOf("stella"), new WebhookPatch { Authentication = WebhookAuthentication.Basic("someone-else", TestKey) });

        var drift = await RefreshAsync();
        var written = await Engine.RefreshAsync(Target(), previewOnly: false);
        var kept = Store.Load("test", Target().Secrets)!.Resources.Single(r => r.Type == WebhookProvider.Token);
        var preview = await PreviewAsync(() => Stella());
        await ApplyAsync(() => Stella());
        var afterUp = await RefreshAsync();

        Assert.Equal(StepOp.Update, StepOf(drift, "stella").Op);
        Assert.Equal(["authentication"], StepOf(drift, "stella").DetailedDiff.Keys);
        Assert.True(written.Succeeded);
        Assert.Contains("someone-else", kept.Outputs["authentication"].ToString(), StringComparison.Ordinal);
        Assert.Equal(["authentication"], StepOf(preview, "stella").DetailedDiff.Keys);
        Assert.Equal("connect", (await BehindTheBack.Webhooks.GetAsync(IdOf("stella"))).Authentication!.Data!["username"]);
        Assert.False(afterUp.HasChanges);
    }

    [Fact]
    public async Task An_unchanged_username_read_back_is_no_drift()
    {
        await ApplyAsync(() => Stella());

        var refresh = await RefreshAsync();

        Assert.False(refresh.HasChanges);
    }

    [Fact]
    public async Task Destroy_deletes_the_webhook()
    {
        await ApplyAsync(() => Stella());

        var destroy = await DestroyAsync();

        Assert.True(destroy.Succeeded);
        Assert.Empty(await BehindTheBack.Webhooks.ListAsync().ToListAsync());
    }

    [Theory]
    [InlineData("http://api.stellaconnect.net/v1/auth", "endpoint", "https")]
    [InlineData("https://api.stellaconnect.net/v1/auth", "authentication.username", "username")]
    public async Task Invalid_input_is_refused_before_anything_is_sent(string endpoint, string property, string words)
    {
        var up = await UpAsync(() => new Webhook("stella", new WebhookArgs
        {
            Name = "Stella Connect",
            Endpoint = endpoint,
            Authentication = new WebhookAuthenticationArgs { Username = endpoint.StartsWith("http:", StringComparison.Ordinal) ? "connect" : "", Password = "k" },
        }));

        var error = Assert.Single(up.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(property, error.Property);
        Assert.Contains(words, error.Detail, StringComparison.Ordinal);
        Assert.Empty(await BehindTheBack.Webhooks.ListAsync().ToListAsync());
    }

    [Fact]
    public async Task A_webhook_notifying_triggers_may_subscribe_to_nothing_else()
    {
        var up = await UpAsync(() => Stella(subscriptions: ["conditional_ticket_events", "zen:event-type:user.deleted"]));

        Assert.Contains(up.Diagnostics, d => d.Property == "subscriptions");
    }
}
