using System.Collections.Immutable;
using System.Globalization;
using Pulumi.Zendesk.Schema;
using StellaIac.Engine.Deploy;
using StellaIac.Engine.Providers;
using StellaIac.Engine.Values;
using StellaIac.Zendesk;
using StellaIac.Zendesk.TicketFields;
using ZendeskTicketField = StellaIac.Zendesk.TicketFields.TicketField;

namespace Pulumi.Zendesk.TicketFields;

/// <summary>Custom ticket fields. A changed type replaces the field; a checkbox tag another field uses is refused before anything is sent.</summary>
internal sealed class TicketFieldProvider(ZendeskClient client, ZendeskLookups lookups) : ResourceProvider(client, lookups)
{
    public const string Token = "zendesk:index:TicketField";
    private static readonly string[] Types = ["text", "textarea", "checkbox", "date", "integer", "decimal", "regexp", "partialcreditcard", "multiselect", "tagger", "lookup"];

    public static ResourceSchema Declared { get; } = ResourceSchema.For<TicketFieldArgs>(Token, "A custom ticket field, such as the checkbox \"Do not Send Stella Connect Survey\" whose id every Stella payload carries.")
        .Input("type", required: true, replaceOnChange: true, description: "checkbox, text, tagger, ...; Zendesk fixes it at creation, so a change replaces the field.")
        .Input("title", required: true, description: "The title agents see.")
        .Input("description", description: "The description end users see.")
        .Input("agentDescription", description: "The description agents see.")
        .Input("active", description: "Whether the field is in use (true by default).")
        .Input("tag", description: "For a checkbox: the tag Zendesk adds to a ticket when it is ticked.")
        .Output<string>("id")
        .Output<int>("position", "Where Zendesk shows the field among the ticket fields.");

    public override ResourceSchema Schema => Declared;

    public override async Task<CheckResponse> Check(CheckRequest request, CancellationToken ct)
    {
        var news = request.NewInputs;
        var failures = Schema.MissingRequired(news).ToList();
        var inputs = news.With("active", Props.Bool(news, "active") ?? true);
        var type = Props.String(news, "type");
        if (type is not null && !Props.IsUnknown(news, "type") && !Types.Contains(type))
        {
            failures.Add(Diagnostic.Invalid("type", $"'{type}' is not a custom field type; use one of {string.Join(", ", Types)}"));
        }

        if (Props.String(news, "tag") is { } tag && !Props.IsUnknown(news, "tag"))
        {
            if (type != "checkbox")
            {
                failures.Add(Diagnostic.Invalid("tag", "only a checkbox field takes a tag"));
            }
            else if (tag.Length == 0 || tag.Any(c => char.IsWhiteSpace(c) || char.IsUpper(c)))
            {
                failures.Add(Diagnostic.Invalid("tag", $"'{tag}' is not a tag Zendesk accepts: use lower-case letters, digits and underscores, without spaces"));
            }
            else if (await TagOwnerAsync(tag, ct) is { } owner && !IsSelf(owner, request, news))
            {
                failures.Add(Diagnostic.Invalid("tag", $"the tag '{tag}' is already used by the ticket field '{owner.Title}' ({owner.Id}); Zendesk refuses a tag used by another field"));
            }
        }

        return new CheckResponse { Inputs = inputs, Failures = failures };
    }

    public override async Task<CreateResponse> Create(CreateRequest request, CancellationToken ct)
    {
        if (request.Preview)
        {
            return new CreateResponse(null, request.Inputs.SetItem("id", PropertyValue.Computed));
        }

        return await CreateOrRecoverAsync(request, async () =>
        {
            var created = await Zendesk.TicketFields.CreateAsync(Content(request.Inputs), ct);
            return new CreateResponse(Id(created), Outputs(request.Inputs, created));
        }, ct);
    }

    public override Task<ReadResponse> Read(ReadRequest request, CancellationToken ct)
        => ReadOrGone(request.Id, async id =>
        {
            var field = await Zendesk.TicketFields.GetAsync(id, ct);
            var inputs = PropertyMap.Empty
                .With("type", field.Type)
                .With("title", field.Title)
                .With("description", string.IsNullOrEmpty(field.Description) ? null : field.Description)
                .With("agentDescription", field.AgentDescription)
                .With("active", field.Active)
                .With("tag", field.Tag);
            return new ReadResponse(Id(field), inputs, Outputs(inputs, field));
        });

    public override async Task<UpdateResponse> Update(UpdateRequest request, CancellationToken ct)
    {
        if (request.Preview)
        {
            return new UpdateResponse(request.NewInputs.SetItem("id", request.Id));
        }

        var updated = await Zendesk.TicketFields.UpdateAsync(NumericId(request.Id), Content(request.NewInputs), ct);
        return new UpdateResponse(Outputs(request.NewInputs, updated));
    }

    public override Task Delete(DeleteRequest request, CancellationToken ct)
        => DeleteIfPresent(() => Zendesk.TicketFields.DeleteAsync(NumericId(request.Id), ct));

    /// <summary>A field with the same title and type (the seed's hand-made checkbox) is adopted.</summary>
    protected override (string Property, string Value)? NaturalKey(ImmutableDictionary<string, PropertyValue> inputs)
        => Props.String(inputs, "title") is { } title ? ("title", $"{Props.String(inputs, "type")}|{title}") : null;

    protected override Task<string?> FindAsync(ImmutableDictionary<string, PropertyValue> inputs, CancellationToken ct)
    {
        var title = Props.String(inputs, "title");
        var type = Props.String(inputs, "type");
        return FirstIdAsync(Zendesk.TicketFields.ListAsync(ct), f => f.Removable && f.Title == title && f.Type == type, Id);
    }

    private async Task<ZendeskTicketField?> TagOwnerAsync(string tag, CancellationToken ct)
    {
        await foreach (var field in Zendesk.TicketFields.ListAsync(ct))
        {
            if (field.Tag == tag)
            {
                return field;
            }
        }

        return null;
    }

    /// <summary>The tag's owner is this resource itself: the field in its state, or the one it will adopt.</summary>
    private static bool IsSelf(ZendeskTicketField owner, CheckRequest request, ImmutableDictionary<string, PropertyValue> news)
        => Props.String(request.OldInputs, "title") is not null
            ? Props.String(request.OldInputs, "tag") == owner.Tag
            : owner.Title == Props.String(news, "title") && owner.Type == Props.String(news, "type");

    private static TicketFieldContent Content(ImmutableDictionary<string, PropertyValue> inputs) => new()
    {
        Type = Props.String(inputs, "type")!,
        Title = Props.String(inputs, "title")!,
        Description = Props.String(inputs, "description"),
        AgentDescription = Props.String(inputs, "agentDescription"),
        Active = Props.Bool(inputs, "active"),
        Tag = Props.String(inputs, "tag"),
    };

    private static string Id(ZendeskTicketField field) => field.Id.ToString(CultureInfo.InvariantCulture);

    private static ImmutableDictionary<string, PropertyValue> Outputs(ImmutableDictionary<string, PropertyValue> inputs, ZendeskTicketField field)
        => inputs.With("id", Id(field)).With("position", field.Position is { } p ? new PropertyValue(p) : PropertyValue.Null);
}
