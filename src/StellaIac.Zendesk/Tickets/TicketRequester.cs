namespace StellaIac.Zendesk.Tickets;

/// <summary>The requester of a new ticket; Zendesk finds the user by email or makes one.</summary>
public sealed record TicketRequester
{
    public string? Name { get; init; }

    public string? Email { get; init; }

    /// <summary>A locale such as <c>en-US</c>; <c>{{ticket.requester.locale}}</c> renders it.</summary>
    public string? Locale { get; init; }
}
