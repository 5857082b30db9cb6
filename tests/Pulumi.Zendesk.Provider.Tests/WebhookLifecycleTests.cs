using Google.Protobuf.WellKnownTypes;
using Pulumirpc;
using StellaIac.Zendesk;
using StellaIac.Zendesk.Emulator;

namespace Pulumi.Zendesk.Provider.Tests;

/// <summary>
/// The Stella webhook through the whole protocol against the emulator: Check (with unknowns and secrets),
/// Create in preview and for real, Read, Diff (none, update, replace, a new secret), Update, Delete, and
/// Read after the delete.
/// </summary>
public sealed class WebhookLifecycleTests(PluginFixture fixture) : IClassFixture<PluginFixture>, IDisposable
{
    private const string Urn = "urn:pulumi:dev::stella::zendesk:index:Webhook::stella";
    private const string Type = "zendesk:index:Webhook";
    private const string ApiKey = "stella-key-0001";
    private readonly ZendeskClient zendesk = new(new ZendeskClientOptions
    {
        Endpoint = ZendeskEndpoint.FromUrl(fixture.Emulator.BaseAddress.ToString()),
        Credentials = ZendeskCredentials.OAuth(EmulatorOptions.DefaultOAuthToken),
    });

    [Fact]
    public async Task Check_accepts_unknowns_in_a_preview_and_wraps_the_credentials()
    {
        var checkedInputs = await CheckAsync(Inputs("Stella Connect", ApiKey, endpoint: Wire.S(Wire.Unknown)));

        Assert.True(Wire.IsUnknown(checkedInputs.Fields["endpoint"]));
        Assert.True(Wire.IsSecret(checkedInputs.Fields["authentication"]));
        Assert.Equal("POST", checkedInputs.Fields["httpMethod"].StringValue);
    }

    [Fact]
    public async Task Check_names_each_bad_input()
    {
        var response = await fixture.Client.CheckAsync(new CheckRequest { Urn = Urn, Type = Type, News = Inputs("", ApiKey, endpoint: Wire.S("http://api.stellaconnect.net/v1/auth")) });

        Assert.Equal(["endpoint", "name"], response.Failures.Select(f => f.Property).Order(StringComparer.Ordinal));
        Assert.Contains("https", response.Failures.Single(f => f.Property == "endpoint").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_create_preview_writes_nothing_and_leaves_what_Zendesk_computes_unknown()
    {
        var inputs = await CheckAsync(Inputs("Preview only", ApiKey));

        var preview = await fixture.Client.CreateAsync(new CreateRequest { Urn = Urn, Type = Type, Properties = inputs, Preview = true });
        var field = await fixture.Client.CreateAsync(new CreateRequest
        {
            Urn = "urn:pulumi:dev::stella::zendesk:index:TicketField::box",
            Properties = Wire.Of(("type", Wire.S("checkbox")), ("title", Wire.S("Preview box"))),
            Preview = true,
        });

        Assert.Equal("", preview.Id);
        Assert.False(preview.Properties.Fields.ContainsKey("id"));
        Assert.True(Wire.IsSecret(preview.Properties.Fields["authentication"]));
        Assert.True(Wire.IsUnknown(field.Properties.Fields["position"]));
        Assert.Empty(await zendesk.Webhooks.ListAsync().ToListAsync());
    }

    [Fact]
    public async Task Create_read_diff_update_delete_and_read_after_delete()
    {
        var inputs = await CheckAsync(Inputs("Stella Connect", ApiKey));

        var created = await fixture.Client.CreateAsync(new CreateRequest { Urn = Urn, Type = Type, Properties = inputs });
        var live = await zendesk.Webhooks.GetAsync(created.Id);
        var read = await fixture.Client.ReadAsync(new ReadRequest { Id = created.Id, Urn = Urn, Type = Type, Properties = created.Properties, Inputs = inputs });
        var same = await DiffAsync(created, inputs, inputs);
        var renamed = await DiffAsync(created, inputs, await CheckAsync(Inputs("Stella Connect (test)", ApiKey)));
        var resubscribed = await DiffAsync(created, inputs, await CheckAsync(Inputs("Stella Connect", ApiKey, subscriptions: Wire.List(Wire.S("zen:event-type:ticket.created")))));
        var newKey = await DiffAsync(created, inputs, await CheckAsync(Inputs("Stella Connect", "stella-key-0002")));
        var unknownName = await DiffAsync(created, inputs, await CheckAsync(Inputs(Wire.Unknown, ApiKey)));

        Assert.NotEqual("", created.Id);
        Assert.Equal(("Stella Connect", "https://api.stellaconnect.net/v1/auth"), (live.Name, live.Endpoint));
        Assert.DoesNotContain(ApiKey, created.Properties.ToString(), StringComparison.Ordinal);
        Assert.False(created.Properties.Fields.ContainsKey("id"));
        Assert.Equal(created.Id, read.Id);
        Assert.Equal("Stella Connect", read.Inputs.Fields["name"].StringValue);
        Assert.Equal(DiffResponse.Types.DiffChanges.DiffNone, same.Changes);
        Assert.Equal((DiffResponse.Types.DiffChanges.DiffSome, true), (renamed.Changes, renamed.HasDetailedDiff));
        Assert.Equal(["name"], renamed.Diffs);
        Assert.Equal(PropertyDiff.Types.Kind.Update, renamed.DetailedDiff["name"].Kind);
        Assert.Empty(renamed.Replaces);
        Assert.Equal(["subscriptions"], resubscribed.Replaces);
        Assert.Equal(PropertyDiff.Types.Kind.UpdateReplace, resubscribed.DetailedDiff["subscriptions"].Kind);
        Assert.Equal(["authentication"], newKey.Diffs);
        Assert.Equal(DiffResponse.Types.DiffChanges.DiffSome, unknownName.Changes);
        AssertDiffInvariants(renamed, resubscribed, newKey, unknownName);

        var news = await CheckAsync(Inputs("Stella Connect (test)", ApiKey));
        var previewed = await fixture.Client.UpdateAsync(new UpdateRequest { Id = created.Id, Urn = Urn, Type = Type, Olds = created.Properties, OldInputs = inputs, News = news, Preview = true });
        var afterPreview = await zendesk.Webhooks.GetAsync(created.Id);
        var updated = await fixture.Client.UpdateAsync(new UpdateRequest { Id = created.Id, Urn = Urn, Type = Type, Olds = created.Properties, OldInputs = inputs, News = news });
        var afterUpdate = await zendesk.Webhooks.GetAsync(created.Id);
        await fixture.Client.DeleteAsync(new DeleteRequest { Id = created.Id, Urn = Urn, Type = Type, Properties = updated.Properties, OldInputs = news });
        var gone = await fixture.Client.ReadAsync(new ReadRequest { Id = created.Id, Urn = Urn, Type = Type, Properties = updated.Properties, Inputs = news });

        Assert.Equal("Stella Connect (test)", previewed.Properties.Fields["name"].StringValue);
        Assert.Equal("Stella Connect", afterPreview.Name);
        Assert.Equal("Stella Connect (test)", afterUpdate.Name);
        Assert.True(Wire.IsSecret(updated.Properties.Fields["authentication"]));
        Assert.Equal("", gone.Id);
        Assert.Empty(await zendesk.Webhooks.ListAsync().ToListAsync());
    }

    [Fact]
    public async Task Import_reads_by_id_alone_and_an_unknown_id_reads_as_gone()
    {
        var created = await fixture.Client.CreateAsync(new CreateRequest { Urn = Urn, Type = Type, Properties = await CheckAsync(Inputs("Imported", ApiKey)) });

        var imported = await fixture.Client.ReadAsync(new ReadRequest { Id = created.Id, Urn = Urn, Type = Type });
        var missing = await fixture.Client.ReadAsync(new ReadRequest { Id = "01HZZZZZZZZZZZZZZZZZZZZZZZ", Urn = Urn, Type = Type });
        await fixture.Client.DeleteAsync(new DeleteRequest { Id = created.Id, Urn = Urn, Type = Type, Properties = created.Properties });

        Assert.Equal(created.Id, imported.Id);
        Assert.Equal("Imported", imported.Inputs.Fields["name"].StringValue);
        Assert.Equal("", missing.Id);
    }

    public void Dispose() => zendesk.Dispose();

    private static void AssertDiffInvariants(params DiffResponse[] diffs)
    {
        foreach (var diff in diffs)
        {
            Assert.Equal(diff.Diffs.Distinct().Count(), diff.Diffs.Count);
            Assert.All(diff.Diffs, top => Assert.Contains(diff.DetailedDiff.Keys, path => path == top || path.StartsWith(top + ".", StringComparison.Ordinal) || path.StartsWith(top + "[", StringComparison.Ordinal)));
            Assert.All(diff.DetailedDiff.Keys, path => Assert.Contains(path.Split('.', '[')[0], diff.Diffs));
            Assert.All(diff.Replaces, replace => Assert.Contains(replace, diff.Diffs));
        }
    }

    private static Struct Inputs(string name, string key, Value? endpoint = null, Value? subscriptions = null)
    {
        var inputs = Wire.Of(
            ("name", Wire.S(name)),
            ("endpoint", endpoint ?? Wire.S("https://api.stellaconnect.net/v1/auth")),
            ("authentication", Wire.Obj(("type", Wire.S("basic_auth")), ("username", Wire.S("connect")), ("password", Wire.Secret(Wire.S(key))))));
        if (subscriptions is not null)
        {
            inputs.Fields["subscriptions"] = subscriptions;
        }

        return inputs;
    }

    private async Task<Struct> CheckAsync(Struct news)
    {
        var response = await fixture.Client.CheckAsync(new CheckRequest { Urn = Urn, Type = Type, News = news });
        Assert.Empty(response.Failures);
        return response.Inputs;
    }

    private Task<DiffResponse> DiffAsync(CreateResponse created, Struct oldInputs, Struct news)
        => fixture.Client.DiffAsync(new DiffRequest { Id = created.Id, Urn = Urn, Type = Type, Olds = created.Properties, OldInputs = oldInputs, News = news }).ResponseAsync;
}
