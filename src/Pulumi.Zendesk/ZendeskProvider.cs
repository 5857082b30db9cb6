using System.Collections.Immutable;
using Pulumi.Zendesk.AccountSettings;
using Pulumi.Zendesk.Functions;
using Pulumi.Zendesk.Automations;
using Pulumi.Zendesk.Csat;
using Pulumi.Zendesk.TicketFields;
using Pulumi.Zendesk.TriggerCategories;
using Pulumi.Zendesk.TriggerOrders;
using Pulumi.Zendesk.Triggers;
using Pulumi.Zendesk.Webhooks;
using StellaIac.Engine.Deploy;
using StellaIac.Engine.Providers;
using StellaIac.Engine.Values;
using StellaIac.Zendesk;

namespace Pulumi.Zendesk;

/// <summary>
/// The provider of the <c>zendesk</c> package: configured from the stack's <c>zendesk:</c> namespace, it
/// serves each type token with that resource's provider over one Zendesk client. Providers given the same
/// <see cref="ZendeskLookups"/> share their adoption look-ups (the preview and the apply of one up).
/// </summary>
public sealed class ZendeskProvider(Func<ZendeskClientOptions, ZendeskClientOptions>? tune = null, ZendeskLookups? lookups = null) : Provider, IDisposable
{
    private readonly ZendeskLookups shared = lookups ?? new ZendeskLookups();
    public const string Package = "zendesk";
    private ZendeskClient? client;
    private AccountRules? rules;
    private AccountFailures account = new("the zendesk: credentials", "zendesk:url or zendesk:subdomain");
    private Dictionary<string, ResourceProvider> resources = [];

    public static IReadOnlyList<string> Tokens { get; } =
    [
        WebhookProvider.Token, TicketFieldProvider.Token, TriggerCategoryProvider.Token, TriggerProvider.Token,
        TriggerOrderProvider.Token, AutomationActivationProvider.Token, AccountSettingProvider.Token, CsatSurveyRulesProvider.Token,
    ];

    /// <summary>Every resource's declaration, in the order of <see cref="Tokens"/>: what the package schema is made of.</summary>
    internal static IReadOnlyList<Schema.ResourceSchema> Schemas { get; } =
    [
        WebhookProvider.Declared, TicketFieldProvider.Declared, TriggerCategoryProvider.Declared, TriggerProvider.Declared,
        TriggerOrderProvider.Declared, AutomationActivationProvider.Declared, AccountSettingProvider.Declared, CsatSurveyRulesProvider.Declared,
    ];

    /// <summary>The credentials: secret in the state even if a stack stored them in plain text.</summary>
    public override IReadOnlySet<string> SecretConfig { get; } = ProviderConfig.Keys.Where(k => k.Secret).Select(k => k.Name).ToHashSet(StringComparer.Ordinal);

    public override Task Configure(ImmutableDictionary<string, PropertyValue> config, CancellationToken ct)
    {
        var options = ProviderConfig.ToClientOptions(config);
        if (ProviderConfig.RateLimit(config) is { } perMinute)
        {
            options = options with { Pacer = shared.Pacer(options.Endpoint, perMinute) };
        }

        client = new ZendeskClient(tune is null ? options : tune(options));
        account = new AccountFailures(ProviderConfig.CredentialKeys(config), ProviderConfig.EndpointKey(config));
        rules = new AccountRules(client);
        var reads = new BatchReads(client);
        resources = new Dictionary<string, ResourceProvider>(StringComparer.Ordinal)
        {
            [WebhookProvider.Token] = new WebhookProvider(client, shared),
            [TicketFieldProvider.Token] = new TicketFieldProvider(client, shared),
            [TriggerCategoryProvider.Token] = new TriggerCategoryProvider(client, shared, reads),
            [TriggerProvider.Token] = new TriggerProvider(client, rules, shared, reads),
            [TriggerOrderProvider.Token] = new TriggerOrderProvider(client, reads),
            [AutomationActivationProvider.Token] = new AutomationActivationProvider(client),
            [AccountSettingProvider.Token] = new AccountSettingProvider(client, shared),
            [CsatSurveyRulesProvider.Token] = new CsatSurveyRulesProvider(client),
        };
        return Task.CompletedTask;
    }

    /// <summary>Checks with the resource's provider, then marks what its schema declares secret.</summary>
    public override async Task<CheckResponse> Check(CheckRequest request, CancellationToken ct)
    {
        var provider = For(request?.Type);
        var checkedInputs = await account.Guard(() => provider.Check(request!, ct));
        return checkedInputs with { Inputs = provider.Schema.MarkSecrets(checkedInputs.Inputs) };
    }

    public override Task<DiffResponse> Diff(DiffRequest request, CancellationToken ct) => account.Guard(() => For(request?.Type).Diff(request!, ct));

    public override Task<CreateResponse> Create(CreateRequest request, CancellationToken ct) => account.Guard(() => For(request?.Type).Create(request!, ct));

    /// <summary>Reads with the resource's provider; what the schema declares secret stays secret in the state a refresh writes.</summary>
    public override async Task<ReadResponse> Read(ReadRequest request, CancellationToken ct)
    {
        var provider = For(request?.Type);
        var read = await account.Guard(() => provider.Read(request!, ct));
        return read with { Inputs = provider.Schema.MarkSecrets(read.Inputs) };
    }

    public override Task<UpdateResponse> Update(UpdateRequest request, CancellationToken ct) => account.Guard(() => For(request?.Type).Update(request!, ct));

    public override Task Delete(DeleteRequest request, CancellationToken ct) => account.Guard(() => For(request?.Type).Delete(request!, ct));

    public override Task<string?> Adopt(AdoptRequest request, CancellationToken ct) => account.Guard(() => For(request?.Type).Adopt(request!, ct));

    /// <summary>Runs a function (<see cref="ZendeskFunctions"/>) against the configured account.</summary>
    public async Task<InvokeResponse> Invoke(string token, ImmutableDictionary<string, PropertyValue> args, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(args);
        var function = ZendeskFunctions.All.FirstOrDefault(f => f.Token == token)
            ?? throw new ArgumentException($"The zendesk provider has no function '{token}'. Known: {string.Join(", ", ZendeskFunctions.All.Select(f => f.Token))}.");
        if (client is null)
        {
            throw new InvalidOperationException("The zendesk provider was used before it was configured.");
        }

        var missing = function.Inputs.Where(i => i.Required && Schema.Props.String(args, i.Name) is null).Select(i => Diagnostic.Invalid(i.Name, $"{i.Name} is required")).ToList();
        return missing.Count > 0 ? new InvokeResponse(PropertyMap.Empty, missing) : await account.Guard(() => function.Invoke(client, args, ct));
    }

    /// <summary>Marks the outputs the resource's schema declares secret, as <see cref="Check"/> marks the inputs.</summary>
    public static ImmutableDictionary<string, PropertyValue> MarkSecrets(string type, ImmutableDictionary<string, PropertyValue> properties)
        => Schemas.FirstOrDefault(s => s.Token == type) is { } schema ? schema.MarkSecrets(properties) : properties;

    /// <summary>For a create preview: the outputs Zendesk computes that a provider left out are unknown, not absent.</summary>
    public static ImmutableDictionary<string, PropertyValue> WithUnknownOutputs(string type, ImmutableDictionary<string, PropertyValue> outputs)
        => Schemas.FirstOrDefault(s => s.Token == type) is { } schema
            ? outputs.SetItems(schema.Outputs.Where(o => !outputs.ContainsKey(o.Name)).Select(o => KeyValuePair.Create(o.Name, PropertyValue.Computed)))
            : outputs;

    public void Dispose()
    {
        rules?.Dispose();
        client?.Dispose();
    }

    /// <summary>The schema of a resource token (the provider must be configured).</summary>
    internal Schema.ResourceSchema SchemaOf(string token) => For(token).Schema;

    private ResourceProvider For(string? type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (client is null)
        {
            throw new InvalidOperationException("The zendesk provider was used before it was configured.");
        }

        return resources.TryGetValue(type, out var provider)
            ? provider
            : throw new ArgumentException($"The zendesk provider has no resource '{type}'. Known: {string.Join(", ", Tokens)}.");
    }
}
