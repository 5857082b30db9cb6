using System.Text.Json.Nodes;
using StellaIac.Engine.Deploy;
using StellaIac.Engine.State;

namespace StellaIac.Engine.Tests;

public sealed class StateTests : IDisposable
{
    private readonly EngineHarness harness = new(passphrase: "correct horse");

    public void Dispose() => harness.Dispose();

    [Fact]
    public async Task The_checkpoint_is_in_Pulumis_file_backend_layout_and_format()
    {
        await harness.UpAsync(() => new Thing("a", new ThingArgs { Name = "alpha" }));
        await harness.UpAsync(() => new Thing("a", new ThingArgs { Name = "alpha", Size = 2 }));

        var path = Path.Combine(harness.Folder, "stacks", ".pulumi", "stacks", "demo", "dev.json");
        var json = JsonNode.Parse(File.ReadAllText(path))!;
        var latest = json["checkpoint"]!["latest"]!;
        var resources = latest["resources"]!.AsArray();

        Assert.Equal("version: 1\n", File.ReadAllText(Path.Combine(harness.Folder, "stacks", ".pulumi", "meta.yaml")));
        Assert.True(File.Exists(path + ".bak"));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(harness.Folder, "stacks", ".pulumi", "backups", "demo", "dev")));
        Assert.Equal(3, (int)json["version"]!);
        Assert.Equal("dev", (string?)json["checkpoint"]!["stack"]);
        Assert.Equal(CheckpointFile.Magic((string)latest["manifest"]!["version"]!), (string?)latest["manifest"]!["magic"]);
        Assert.Equal("pulumi:pulumi:Stack", (string?)resources[0]!["type"]);
        Assert.False((bool)resources[0]!["custom"]!);
        Assert.Equal("pulumi:providers:test", (string?)resources[1]!["type"]);
        var thing = resources.Single(r => (string?)r!["type"] == "test:index:Thing")!;
        Assert.Equal($"{resources[1]!["urn"]}::{resources[1]!["id"]}", (string?)thing["provider"]);
        Assert.Equal("urn:pulumi:dev::demo::pulumi:pulumi:Stack::demo-dev", (string?)thing["parent"]);
        Assert.Equal("alpha", (string?)thing["inputs"]!["name"]);
        Assert.Equal(2, (int)thing["outputs"]!["size"]!);
        Assert.True((bool)thing["custom"]!);
    }

    [Fact]
    public async Task Secrets_are_encrypted_in_the_state_and_read_back_secret()
    {
        await harness.UpAsync(() => new Thing("a", new ThingArgs { Name = "alpha", Password = Program.Output.CreateSecret("hunter2-very-secret") }));

        var text = File.ReadAllText(harness.Store.StackPath("dev"));
        var state = harness.Checkpoint();

        Assert.DoesNotContain("hunter2-very-secret", text, StringComparison.Ordinal);
        Assert.Contains(PropertyJson.SecretSignature, text, StringComparison.Ordinal);
        var password = state.Resources.Single(r => r.Type == "test:index:Thing").Inputs["password"];
        Assert.True(password.IsSecret);
        Assert.Equal("hunter2-very-secret", password.TryGetString(out var clear) ? clear : null);
        Assert.Equal("[secret]", password.ToString());
        Assert.NotNull(JsonNode.Parse(text)!["checkpoint"]!["latest"]!["secrets_providers"]!["state"]!["salt"]);
    }

    [Fact]
    public async Task A_hand_edited_checkpoint_fails_its_integrity_check()
    {
        await harness.UpAsync(() => new Thing("a", new ThingArgs { Name = "alpha" }));
        var path = harness.Store.StackPath("dev");
        File.WriteAllText(path, File.ReadAllText(path).Replace(CheckpointFile.ManifestVersion, "v9.9.9", StringComparison.Ordinal));

        var failed = Assert.Throws<StateException>(() => harness.Checkpoint());

        Assert.Contains("magic cookie mismatch", failed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_sentinels_and_secrets_round_trip_through_the_state_encoding()
    {
        var crypter = TestCrypter.Instance;
        var value = Values.PropertyValue.FromMap([
            new("id", Values.PropertyValue.Computed),
            new("key", new Values.PropertyValue("k").WithSecret(true)),
            new("list", Values.PropertyValue.FromArray([new Values.PropertyValue(1), new Values.PropertyValue(true)])),
        ]);

        var json = PropertyJson.ToJson(value, () => crypter);
        var back = PropertyJson.FromJson(json, () => crypter);

        Assert.Equal(PropertyJson.UnknownString, (string?)json!["id"]);
        Assert.Equal(value, back);
        Assert.True(PropertyJson.FromJson(JsonValue.Create("dd056dcd-154b-4c76-9bd3-c8f88648b5ff"), null).IsComputed);
    }

    [Fact]
    public async Task A_second_run_cannot_take_the_lock_and_a_stale_lock_can_be_removed()
    {
        using (harness.Store.Lock("dev", "update", TimeProvider.System))
        {
            var locked = await Assert.ThrowsAsync<StateException>(() => harness.UpAsync(() => new Thing("a", new ThingArgs { Name = "alpha" })));
            Assert.Contains("is locked by another run (update by", locked.Message, StringComparison.Ordinal);
            Assert.Contains("stack unlock", locked.Message, StringComparison.Ordinal);
        }

        harness.Store.Lock("dev", "update", TimeProvider.System);
        Assert.True(harness.Store.Unlock("dev"));
        var up = await harness.UpAsync(() => new Thing("a", new ThingArgs { Name = "alpha" }));
        Assert.True(up.Succeeded);
        Assert.False(File.Exists(harness.Store.LockPath("dev")));
    }

    [Fact]
    public async Task A_lock_left_on_this_host_by_a_process_no_longer_running_is_taken_over_with_a_warning()
    {
        using var gone = System.Diagnostics.Process.Start("true")!;
        await gone.WaitForExitAsync();
        WriteLock(gone.Id, Environment.MachineName);

        var up = await harness.UpAsync(() => new Thing("a", new ThingArgs { Name = "alpha" }));

        Assert.True(up.Succeeded);
        var warning = Assert.Single(up.Diagnostics, d => d.Code == DiagnosticCodes.StaleLockTakenOver);
        Assert.Contains($"process {gone.Id} is not running on this host", warning.Detail, StringComparison.Ordinal);
        Assert.False(File.Exists(harness.Store.LockPath("dev")));
    }

    [Fact]
    public async Task A_lock_of_another_host_is_not_taken_over_and_the_message_names_stack_unlock()
    {
        using var gone = System.Diagnostics.Process.Start("true")!;
        await gone.WaitForExitAsync();
        WriteLock(gone.Id, "another-host");

        var locked = await Assert.ThrowsAsync<StateException>(() => harness.UpAsync(() => new Thing("a", new ThingArgs { Name = "alpha" })));

        Assert.Contains("another-host", locked.Message, StringComparison.Ordinal);
        Assert.Contains("`stack unlock --stack dev`", locked.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(harness.Store.LockPath("dev")));
    }

    private void WriteLock(int pid, string host)
    {
        var path = harness.Store.LockPath("dev");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, $"{{\"pid\":{pid},\"username\":\"ci\",\"hostname\":\"{host}\",\"operation\":\"update\",\"timestamp\":\"2026-12-02T01:00:00Z\"}}");
    }

    [Fact]
    public async Task A_preview_takes_no_lock_and_writes_no_state()
    {
        using var held = harness.Store.Lock("dev", "update", TimeProvider.System);

        var preview = await harness.PreviewAsync(() => new Thing("a", new ThingArgs { Name = "alpha" }));

        Assert.True(preview.Succeeded);
        Assert.False(File.Exists(harness.Store.StackPath("dev")));
    }
}
