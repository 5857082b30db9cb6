namespace StellaIac.Zendesk.Tickets;

/// <summary>A custom field value to set: text, a number, or true or false for a checkbox.</summary>
public sealed record TicketFieldValue(long Id, object? Value);
