namespace StellaIac.Zendesk.Tickets;

/// <summary>What a ticket create or update sends; null members are left out (an update leaves them as they are).</summary>
public sealed record TicketContent
{
    public string? Subject { get; init; }

    public TicketComment? Comment { get; init; }

    public TicketRequester? Requester { get; init; }

    public string? AssigneeEmail { get; init; }

    /// <summary>The channel the ticket came in by (write only; see <c>Channels.ViaChannels</c>).</summary>
    public int? ViaId { get; init; }

    public string? Status { get; init; }

    public IReadOnlyList<string>? Tags { get; init; }

    public IReadOnlyList<TicketFieldValue>? CustomFields { get; init; }

    public long? BrandId { get; init; }
}
