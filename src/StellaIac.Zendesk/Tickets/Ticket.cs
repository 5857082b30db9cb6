namespace StellaIac.Zendesk.Tickets;

/// <summary>A ticket, with what the Stella integration's triggers look at.</summary>
public sealed record Ticket
{
    public required long Id { get; init; }

    public string? Subject { get; init; }

    public required string Status { get; init; }

    public long? RequesterId { get; init; }

    public long? AssigneeId { get; init; }

    public long? BrandId { get; init; }

    public TicketVia? Via { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public IReadOnlyList<TicketCustomField> CustomFields { get; init; } = [];

    public DateTimeOffset? CreatedAt { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }
}
