using StellaIac.Zendesk.AccountSettings;
using StellaIac.Zendesk.Automations;
using StellaIac.Zendesk.Brands;
using StellaIac.Zendesk.Http;
using StellaIac.Zendesk.Targets;
using StellaIac.Zendesk.TicketFields;
using StellaIac.Zendesk.Tickets;
using StellaIac.Zendesk.TriggerCategories;
using StellaIac.Zendesk.Triggers;
using StellaIac.Zendesk.Webhooks;

namespace StellaIac.Zendesk;

/// <summary>The Zendesk Support API, one client per area over one connection.</summary>
public sealed class ZendeskClient : IDisposable
{
    private readonly ZendeskConnection connection;

    public ZendeskClient(ZendeskClientOptions options, HttpMessageHandler? handler = null)
    {
        connection = new ZendeskConnection(options, handler);
        Webhooks = new WebhooksClient(connection);
        TicketFields = new TicketFieldsClient(connection);
        Triggers = new TriggersClient(connection);
        TriggerCategories = new TriggerCategoriesClient(connection);
        Automations = new AutomationsClient(connection);
        AccountSettings = new AccountSettingsClient(connection);
        Targets = new TargetsClient(connection);
        Brands = new BrandsClient(connection);
        Tickets = new TicketsClient(connection);
    }

    public ZendeskEndpoint Endpoint => connection.Endpoint;

    public WebhooksClient Webhooks { get; }

    public TicketFieldsClient TicketFields { get; }

    public TriggersClient Triggers { get; }

    public TriggerCategoriesClient TriggerCategories { get; }

    public AutomationsClient Automations { get; }

    public AccountSettingsClient AccountSettings { get; }

    public TargetsClient Targets { get; }

    public BrandsClient Brands { get; }

    public TicketsClient Tickets { get; }

    public void Dispose() => connection.Dispose();

    public override string ToString() => connection.ToString();
}
