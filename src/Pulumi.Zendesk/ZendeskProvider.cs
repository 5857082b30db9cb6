using System.Collections.Immutable;
using Pulumi.Zendesk.AccountSettings;
using Pulumi.Zendesk.Automations;
using Pulumi.Zendesk.TicketFields;
using Pulumi.Zendesk.TriggerCategories;
using Pulumi.Zendesk.TriggerOrders;
using Pulumi.Zendesk.Triggers;
using Pulumi.Zendesk.Webhooks;
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
    private Dictionary<string, ResourceProvider> resources = [];

    public static IReadOnlyList<string> Tokens { get; } =
    [
        WebhookProvider.Token, TicketFieldProvider.Token, TriggerCategoryProvider.Token, TriggerProvider.Token,
        TriggerOrderProvider.Token, AutomationActivationProvider.Token, AccountSettingProvider.Token,
    ];

    /// <summary>The credentials: secret in the state even if a stack stored them in plain text.</summary>
    public override IReadOnlySet<string> SecretConfig { get; } = new HashSet<string>(StringComparer.Ordinal) { "apiToken", "oauthToken" };

    public override Task Configure(ImmutableDictionary<string, PropertyValue> config, CancellationToken ct)
    {
        var options = ProviderConfig.ToClientOptions(config);
        client = new ZendeskClient(tune is null ? options : tune(options));
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
        };
        return Task.CompletedTask;
    }

    /// <summary>Checks with the resource's provider, then marks what its schema declares secret.</summary>
    public override async Task<CheckResponse> Check(CheckRequest request, CancellationToken ct)
    {
        var provider = For(request?.Type);
        var checkedInputs = await provider.Check(request!, ct);
        return checkedInputs with { Inputs = provider.Schema.MarkSecrets(checkedInputs.Inputs) };
    }

    public override Task<DiffResponse> Diff(DiffRequest request, CancellationToken ct) => For(request?.Type).Diff(request!, ct);

    public override Task<CreateResponse> Create(CreateRequest request, CancellationToken ct) => For(request?.Type).Create(request!, ct);

    /// <summary>Reads with the resource's provider; what the schema declares secret stays secret in the state a refresh writes.</summary>
    public override async Task<ReadResponse> Read(ReadRequest request, CancellationToken ct)
    {
        var provider = For(request?.Type);
        var read = await provider.Read(request!, ct);
        return read with { Inputs = provider.Schema.MarkSecrets(read.Inputs) };
    }

    public override Task<UpdateResponse> Update(UpdateRequest request, CancellationToken ct) => For(request?.Type).Update(request!, ct);

    public override Task Delete(DeleteRequest request, CancellationToken ct) => For(request?.Type).Delete(request!, ct);

    public override Task<string?> Adopt(AdoptRequest request, CancellationToken ct) => For(request?.Type).Adopt(request!, ct);

    public void Dispose()
    {
        rules?.Dispose();
        client?.Dispose();
    }

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
