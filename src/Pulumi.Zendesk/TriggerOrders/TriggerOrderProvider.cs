using System.Collections.Immutable;
using System.Globalization;
using Pulumi.Zendesk.Schema;
using StellaIac.Engine.Deploy;
using StellaIac.Engine.Providers;
using StellaIac.Engine.Values;
using StellaIac.Zendesk;
using StellaIac.Zendesk.Errors;
using StellaIac.Zendesk.TriggerCategories;
using StellaIac.Zendesk.Triggers;

namespace Pulumi.Zendesk.TriggerOrders;

/// <summary>
/// The order of triggers in a category, set through the batch job endpoint (which works with any number
/// of categories; <c>/triggers/reorder</c> does not). The listed triggers take positions 0..n-1, the
/// category's other triggers follow in their order. Refresh reports a reorder made in Zendesk.
/// </summary>
internal sealed class TriggerOrderProvider(ZendeskClient client, BatchReads reads) : ResourceProvider(client)
{
    public const string Token = "zendesk:index:TriggerOrder";

    public static ResourceSchema Declared { get; } = ResourceSchema.For<TriggerOrderArgs>(Token, "Puts the listed triggers first in their category, in this order (exclusion triggers above send triggers); its id is the category id.")
        .Input("categoryId", required: true, replaceOnChange: true, description: "The category whose triggers are ordered.")
        .Input("triggerIds", required: true, description: "The triggers to put first, in order.")
        .Output<string>("id");

    public override ResourceSchema Schema => Declared;

    public override Task<CheckResponse> Check(CheckRequest request, CancellationToken ct)
    {
        var failures = Schema.MissingRequired(request.NewInputs).ToList();
        var ids = Props.List(request.NewInputs, "triggerIds");
        if (request.NewInputs.ContainsKey("triggerIds") && !Props.IsUnknown(request.NewInputs, "triggerIds") && ids.Length == 0)
        {
            failures.Add(Diagnostic.Invalid("triggerIds", "list at least one trigger"));
        }

        var known = ids.Where(i => !i.ContainsUnknowns).Select(Props.Text).ToList();
        if (known.Distinct().Count() != known.Count)
        {
            failures.Add(Diagnostic.Invalid("triggerIds", "a trigger is listed twice"));
        }

        return Task.FromResult(new CheckResponse { Inputs = request.NewInputs, Failures = failures });
    }

    public override async Task<CreateResponse> Create(CreateRequest request, CancellationToken ct)
    {
        var category = Props.String(request.Inputs, "categoryId");
        if (!request.Preview)
        {
            await PlaceAsync(request.Inputs, ct);
        }

        return new CreateResponse(request.Preview ? null : category, request.Inputs.SetItem("id", category is null ? PropertyValue.Computed : new PropertyValue(category)));
    }

    public override async Task<ReadResponse> Read(ReadRequest request, CancellationToken ct)
    {
        var listed = Props.List(request.Inputs, "triggerIds").Length;
        List<string> order;
        try
        {
            await reads.CategoryAsync(request.Id, ct);
            order = Order(await reads.CategoryTriggersAsync(request.Id, ct));
        }
        catch (ZendeskNotFoundException)
        {
            return ReadResponse.Gone;
        }

        var inputs = PropertyMap.Empty.With("categoryId", request.Id).With("triggerIds", Props.Strings(listed > 0 ? order.Take(listed) : order));
        return new ReadResponse(request.Id, inputs, inputs.With("id", request.Id));
    }

    public override async Task<UpdateResponse> Update(UpdateRequest request, CancellationToken ct)
    {
        if (!request.Preview)
        {
            await PlaceAsync(request.NewInputs, ct);
        }

        return new UpdateResponse(request.NewInputs.With("id", request.Id));
    }

    /// <summary>Nothing to undo: the triggers stay where they are.</summary>
    public override Task Delete(DeleteRequest request, CancellationToken ct) => Task.CompletedTask;

    private async Task PlaceAsync(ImmutableDictionary<string, PropertyValue> inputs, CancellationToken ct)
    {
        var category = Props.String(inputs, "categoryId")!;
        var first = Props.List(inputs, "triggerIds").Select(i => Props.Text(i)!).ToList();
        var rest = (await OrderAsync(category, ct)).Where(id => !first.Contains(id));
        var placements = first.Concat(rest).Select((id, position) => new TriggerPlacement { Id = id, CategoryId = category, Position = position }).ToList();
        await Zendesk.TriggerCategories.RunJobAsync(new TriggerCategoryJob { Triggers = placements }, ct);
    }

    private async Task<List<string>> OrderAsync(string category, CancellationToken ct)
        => Order(await Zendesk.Triggers.ListAsync(new TriggerFilter { CategoryId = category, Sort = "position" }, ct).ToListAsync(ct));

    private static List<string> Order(IEnumerable<StellaIac.Zendesk.Triggers.Trigger> triggers)
        => [.. triggers.OrderBy(t => t.Position).ThenBy(t => t.Id).Select(t => t.Id.ToString(CultureInfo.InvariantCulture))];
}
