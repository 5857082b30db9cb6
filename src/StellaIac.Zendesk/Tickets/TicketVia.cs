namespace StellaIac.Zendesk.Tickets;

/// <summary>How the ticket came in (<c>via.channel</c>: web, email, chat, voice ...).</summary>
public sealed record TicketVia
{
    public string? Channel { get; init; }
}
