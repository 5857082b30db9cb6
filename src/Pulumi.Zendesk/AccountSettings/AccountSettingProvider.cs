using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using Pulumi.Zendesk.Schema;
using StellaIac.Engine.Deploy;
using StellaIac.Engine.Providers;
using StellaIac.Engine.Values;
using StellaIac.Zendesk;
using StellaIac.Zendesk.AccountSettings;

namespace Pulumi.Zendesk.AccountSettings;

/// <summary>Sets one account setting and, on destroy, restores the value it found. A path the account does not have is refused by Check.</summary>
internal sealed class AccountSettingProvider(ZendeskClient client, ZendeskLookups lookups) : ResourceProvider(client, lookups)
{
    public const string Token = "zendesk:index:AccountSetting";

    public static ResourceSchema Declared { get; } = ResourceSchema.For<AccountSettingArgs>(Token, "One account setting by its dotted path (the seed's auto-assign tickets upon solve is tickets.assign_tickets_upon_solve); destroy restores the value it found.")
        .Input("path", required: true, replaceOnChange: true, description: "The setting's dotted path, e.g. tickets.assign_tickets_upon_solve.")
        .Input("value", required: true, description: "A boolean, number or text, as the setting takes.")
        .Output<string>("id")
        .Output<object>("originalValue", "The value the setting had before this resource set it; destroy restores it.");

    public override ResourceSchema Schema => Declared;

    public override async Task<CheckResponse> Check(CheckRequest request, CancellationToken ct)
    {
        var failures = Schema.MissingRequired(request.NewInputs).ToList();
        if (Props.String(request.NewInputs, "path") is { } path && !Props.IsUnknown(request.NewInputs, "path"))
        {
            try
            {
                SettingPath.Split(path);
                if (!(await SettingsBeforeThisCommandAsync(ct)).Contains(path))
                {
                    failures.Add(Diagnostic.Invalid("path", $"the account has no setting '{path}'"));
                }
            }
            catch (ArgumentException ex)
            {
                failures.Add(Diagnostic.Invalid("path", ex.Message));
            }
        }

        if (request.NewInputs.TryGetValue("value", out var value) && value.Type is PropertyValueType.Array or PropertyValueType.Map)
        {
            failures.Add(Diagnostic.Invalid("value", "a setting takes a boolean, a number or text"));
        }

        return new CheckResponse { Inputs = request.NewInputs, Failures = failures };
    }

    public override async Task<CreateResponse> Create(CreateRequest request, CancellationToken ct)
    {
        var path = Props.String(request.Inputs, "path")!;
        var original = FromJson((await SettingsBeforeThisCommandAsync(ct)).Get(path));
        if (!request.Preview)
        {
            await Zendesk.AccountSettings.SetAsync(path, ToJson(request.Inputs["value"]), ct);
        }

        return new CreateResponse(request.Preview ? null : path, request.Inputs.With("id", path).With("originalValue", original));
    }

    public override async Task<ReadResponse> Read(ReadRequest request, CancellationToken ct)
    {
        var settings = await Zendesk.AccountSettings.GetAsync(ct);
        if (!settings.Contains(request.Id))
        {
            return ReadResponse.Gone;
        }

        var inputs = PropertyMap.Empty.With("path", request.Id).With("value", FromJson(settings.Get(request.Id)));
        return new ReadResponse(request.Id, inputs, inputs.With("id", request.Id).With("originalValue", request.Outputs.GetValueOrDefault("originalValue", inputs["value"])));
    }

    public override async Task<UpdateResponse> Update(UpdateRequest request, CancellationToken ct)
    {
        if (!request.Preview)
        {
            await Zendesk.AccountSettings.SetAsync(request.Id, ToJson(request.NewInputs["value"]), ct);
        }

        return new UpdateResponse(request.NewInputs.With("id", request.Id).With("originalValue", request.OldOutputs.GetValueOrDefault("originalValue", PropertyValue.Null)));
    }

    /// <summary>Restores the value the setting had before this resource set it.</summary>
    public override async Task Delete(DeleteRequest request, CancellationToken ct)
    {
        if (request.Outputs.TryGetValue("originalValue", out var original) && !original.IsNull)
        {
            await Zendesk.AccountSettings.SetAsync(request.Id, ToJson(original), ct);
        }
    }

    /// <summary>
    /// The settings as they were when this command first asked: which paths exist, and each path's value before
    /// this command set it (each resource sets its own path), read once for the preview and the apply.
    /// </summary>
    private Task<StellaIac.Zendesk.AccountSettings.AccountSettings> SettingsBeforeThisCommandAsync(CancellationToken ct)
        => Lookups.GetOrAddAsync(Zendesk, "account-settings", () => Zendesk.AccountSettings.GetAsync(ct));

    private static PropertyValue FromJson(JsonNode? node) => node switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.True => new PropertyValue(true),
        JsonValue v when v.GetValueKind() == JsonValueKind.False => new PropertyValue(false),
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => new PropertyValue(v.GetValue<double>()),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => new PropertyValue(v.GetValue<string>()),
        _ => PropertyValue.Null,
    };

    private static JsonNode? ToJson(PropertyValue value) => value.Match<JsonNode?>(
        () => null,
        b => JsonValue.Create(b),
        n => JsonValue.Create(n),
        s => JsonValue.Create(s),
        _ => null,
        _ => null,
        () => null);
}
