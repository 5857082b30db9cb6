using System.Text.Json;

namespace StellaIac.Zendesk.Tickets;

/// <summary>A custom field's value on a ticket: text, a number, true or false for a checkbox, or null when unset.</summary>
public sealed record TicketCustomField(long Id, JsonElement? Value);
