namespace StellaIac.Zendesk.Tickets;

/// <summary>A comment added with a create or update; the first one is the ticket's description.</summary>
public sealed record TicketComment(string Body, bool Public = true);
