using StellaIac.Zendesk.Http;

namespace StellaIac.Zendesk.TicketFields;

/// <summary>Zendesk ticket fields: /api/v2/ticket_fields.</summary>
public sealed class TicketFieldsClient(ZendeskConnection connection)
{
    public IAsyncEnumerable<TicketField> ListAsync(CancellationToken ct = default)
        => connection.PageAsync<TicketField>("api/v2/ticket_fields", "ticket_fields", null, ct);

    public Task<TicketField> GetAsync(long id, CancellationToken ct = default)
        => connection.GetAsync<TicketField>(Path(id), "ticket_field", ct);

    /// <summary>Creates a field. Not retried once it may have reached Zendesk: look it up by title before creating again.</summary>
    public Task<TicketField> CreateAsync(TicketFieldContent ticketField, CancellationToken ct = default)
        => connection.SendAsync<TicketField>(HttpMethod.Post, "api/v2/ticket_fields", new { ticket_field = ticketField }, "ticket_field", ct);

    public Task<TicketField> UpdateAsync(long id, TicketFieldContent ticketField, CancellationToken ct = default)
        => connection.SendAsync<TicketField>(HttpMethod.Put, Path(id), new { ticket_field = ticketField }, "ticket_field", ct);

    public Task DeleteAsync(long id, CancellationToken ct = default)
        => connection.SendAsync(HttpMethod.Delete, Path(id), null, ct);

    private static string Path(long id) => $"api/v2/ticket_fields/{id}";
}
