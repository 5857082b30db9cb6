using System.Collections.Immutable;
using Pulumi.Zendesk.Schema;
using StellaIac.Engine.Deploy;
using StellaIac.Engine.Providers;
using StellaIac.Engine.Values;
using StellaIac.Zendesk;
using StellaIac.Zendesk.TriggerCategories;
using ZendeskCategory = StellaIac.Zendesk.TriggerCategories.TriggerCategory;

namespace Pulumi.Zendesk.TriggerCategories;

/// <summary>Trigger categories. Position is compared only when the program sets it.</summary>
internal sealed class TriggerCategoryProvider(ZendeskClient client, ZendeskLookups lookups, BatchReads reads) : ResourceProvider(client, lookups)
{
    public const string Token = "zendesk:index:TriggerCategory";

    public static ResourceSchema Declared { get; } = ResourceSchema.For<TriggerCategoryArgs>(Token, "A trigger category: every trigger of an earlier category runs before any of a later one.")
        .Input("name", required: true, description: "The category's name (\"Stella Connect\").")
        .Input("position", description: "Where the category stands among categories; left out, Zendesk puts a new one last.")
        .Output<string>("id");

    public override ResourceSchema Schema => Declared;

    public override Task<CheckResponse> Check(CheckRequest request, CancellationToken ct)
    {
        var failures = Schema.MissingRequired(request.NewInputs).ToList();
        if (Props.Int(request.NewInputs, "position") is < 0)
        {
            failures.Add(Diagnostic.Invalid("position", "must be 0 or more"));
        }

        return Task.FromResult(new CheckResponse { Inputs = request.NewInputs, Failures = failures });
    }

    public override Task<DiffResponse> Diff(DiffRequest request, CancellationToken ct)
    {
        // Zendesk fills in a position when none is given: only a position the program sets is compared.
        var olds = request.NewInputs.ContainsKey("position") ? request.OldInputs : request.OldInputs.Remove("position");
        return Task.FromResult(Schema.Diff(olds, request.OldOutputs, request.NewInputs));
    }

    public override async Task<CreateResponse> Create(CreateRequest request, CancellationToken ct)
    {
        if (request.Preview)
        {
            return new CreateResponse(null, request.Inputs.SetItem("id", PropertyValue.Computed));
        }

        return await CreateOrRecoverAsync(request, async () =>
        {
            var created = await Zendesk.TriggerCategories.CreateAsync(Content(request.Inputs), ct);
            return new CreateResponse(created.Id, Outputs(request.Inputs, created));
        }, ct);
    }

    public override Task<ReadResponse> Read(ReadRequest request, CancellationToken ct)
        => ReadOrGone(async () =>
        {
            var category = await reads.CategoryAsync(request.Id, ct);
            var inputs = PropertyMap.Empty.With("name", category.Name);
            if (request.Inputs.ContainsKey("position") || request.Inputs.Count == 0)
            {
                inputs = inputs.With("position", new PropertyValue(category.Position));
            }

            return new ReadResponse(category.Id, inputs, Outputs(inputs, category));
        });

    public override async Task<UpdateResponse> Update(UpdateRequest request, CancellationToken ct)
    {
        if (request.Preview)
        {
            return new UpdateResponse(request.NewInputs.SetItem("id", request.Id));
        }

        var patched = await Zendesk.TriggerCategories.PatchAsync(request.Id, Content(request.NewInputs), ct);
        return new UpdateResponse(Outputs(request.NewInputs, patched));
    }

    public override Task Delete(DeleteRequest request, CancellationToken ct)
        => DeleteIfPresent(() => Zendesk.TriggerCategories.DeleteAsync(request.Id, ct));

    /// <summary>A category with the same name is adopted.</summary>
    protected override (string Property, string Value)? NaturalKey(ImmutableDictionary<string, PropertyValue> inputs)
        => Props.String(inputs, "name") is { } name ? ("name", name) : null;

    protected override Task<string?> FindAsync(ImmutableDictionary<string, PropertyValue> inputs, CancellationToken ct)
    {
        var name = Props.String(inputs, "name");
        return FirstIdAsync(Zendesk.TriggerCategories.ListAsync(ct), c => c.Name == name, c => c.Id);
    }

    private static TriggerCategoryContent Content(ImmutableDictionary<string, PropertyValue> inputs)
        => new() { Name = Props.String(inputs, "name"), Position = Props.Int(inputs, "position") };

    private static ImmutableDictionary<string, PropertyValue> Outputs(ImmutableDictionary<string, PropertyValue> inputs, ZendeskCategory category)
        => inputs.With("id", category.Id).With("position", new PropertyValue(category.Position));
}
