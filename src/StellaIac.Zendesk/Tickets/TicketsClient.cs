using StellaIac.Zendesk.Http;

namespace StellaIac.Zendesk.Tickets;

/// <summary>Zendesk tickets: /api/v2/tickets. Every create and update runs the account's triggers.</summary>
public sealed class TicketsClient(ZendeskConnection connection)
{
    public IAsyncEnumerable<Ticket> ListAsync(CancellationToken ct = default)
        => connection.PageAsync<Ticket>("api/v2/tickets", "tickets", null, ct);

    public Task<Ticket> GetAsync(long id, CancellationToken ct = default)
        => connection.GetAsync<Ticket>(Path(id), "ticket", ct);

    /// <summary>Creates a ticket. Not retried once it may have reached Zendesk: a second ticket would fire the triggers again.</summary>
    public Task<Ticket> CreateAsync(TicketContent ticket, CancellationToken ct = default)
        => connection.SendAsync<Ticket>(HttpMethod.Post, "api/v2/tickets", new { ticket }, "ticket", ct);

    /// <summary>Updates a ticket. Not retried either: an update that reached Zendesk has fired its triggers.</summary>
    public Task<Ticket> UpdateAsync(long id, TicketContent ticket, CancellationToken ct = default)
        => connection.SendAsync<Ticket>(HttpMethod.Put, Path(id), new { ticket }, "ticket", ct, Idempotency.NotIdempotent);

    private static string Path(long id) => $"api/v2/tickets/{id}";
}
