using Google.Protobuf.WellKnownTypes;
using Pulumirpc;

namespace Pulumi.Zendesk.Provider.Tests;

/// <summary>
/// A trigger through the protocol: nested conditions and actions, a category given as a resource reference
/// (acceptResources), a secret action value, conditions compared as sets, and the position Zendesk computes.
/// </summary>
public sealed class TriggerLifecycleTests(PluginFixture fixture) : IClassFixture<PluginFixture>
{
    private const string CategoryUrn = "urn:pulumi:dev::stella::zendesk:index:TriggerCategory::stella";
    private const string TriggerUrn = "urn:pulumi:dev::stella::zendesk:index:TriggerCategory$zendesk:index:Trigger::email";
    private const string ReferenceSig = "5cf8f73096256a8f31e491e813e4eb8e";

    [Fact]
    public async Task A_send_trigger_in_its_category_is_created_compared_as_sets_and_deleted()
    {
        var category = await fixture.Client.CreateAsync(new CreateRequest { Urn = CategoryUrn, Type = "zendesk:index:TriggerCategory", Properties = Wire.Of(("name", Wire.S("Stella Connect"))) });
        var reference = Wire.Obj((Wire.Signature, Wire.S(ReferenceSig)), ("urn", Wire.S(CategoryUrn)), ("id", Wire.S(category.Id)));

        var inputs = await CheckAsync(Trigger(reference, "0", "4"));
        var created = await fixture.Client.CreateAsync(new CreateRequest { Urn = TriggerUrn, Properties = inputs });
        var reordered = await fixture.Client.DiffAsync(new DiffRequest { Id = created.Id, Urn = TriggerUrn, Olds = created.Properties, OldInputs = inputs, News = await CheckAsync(Trigger(Wire.S(category.Id), "4", "0")) });
        var widened = await fixture.Client.DiffAsync(new DiffRequest { Id = created.Id, Urn = TriggerUrn, Olds = created.Properties, OldInputs = inputs, News = await CheckAsync(Trigger(Wire.S(category.Id), "4", "0", "48")) });
        await fixture.Client.DeleteAsync(new DeleteRequest { Id = created.Id, Urn = TriggerUrn, Properties = created.Properties, OldInputs = inputs });
        var gone = await fixture.Client.ReadAsync(new ReadRequest { Id = created.Id, Urn = TriggerUrn });

        Assert.Equal(category.Id, inputs.Fields["categoryId"].StringValue);
        Assert.Equal(category.Id, created.Properties.Fields["categoryId"].StringValue);
        Assert.Equal(Value.KindOneofCase.NumberValue, created.Properties.Fields["position"].KindCase);
        Assert.True(Wire.IsSecret(created.Properties.Fields["actions"]), "an output whose input held a secret goes back wrapped");
        Assert.Equal(DiffResponse.Types.DiffChanges.DiffNone, reordered.Changes);
        Assert.Equal(["conditions"], widened.Diffs);
        Assert.Equal("", gone.Id);
    }

    private static Struct Trigger(Value categoryId, params string[] viaIds) => Wire.Of(
        ("title", Wire.S("Send Stella Connect request on ticket solved for email channel")),
        ("categoryId", categoryId),
        ("conditions", Wire.Obj(
            ("all", Wire.List(Wire.Obj(("field", Wire.S("status")), ("operator", Wire.S("value")), ("value", Wire.S("solved"))))),
            ("any", Wire.List([.. viaIds.Select(id => Wire.Obj(("field", Wire.S("via_id")), ("operator", Wire.S("is")), ("value", Wire.S(id))))])))),
        ("actions", Wire.List(Wire.Obj(("field", Wire.S("current_tags")), ("value", Wire.Secret(Wire.S("stella_sent")))))));

    private async Task<Struct> CheckAsync(Struct news)
    {
        var response = await fixture.Client.CheckAsync(new CheckRequest { Urn = TriggerUrn, News = news });
        Assert.Empty(response.Failures);
        return response.Inputs;
    }
}
