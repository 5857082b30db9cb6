namespace StellaIac.Zendesk.TicketFields;

/// <summary>A ticket field as Zendesk returns it.</summary>
public sealed record TicketField
{
    public required long Id { get; init; }

    /// <summary>checkbox, text, tagger, ...; set on creation only.</summary>
    public required string Type { get; init; }

    public required string Title { get; init; }

    public string? Description { get; init; }

    public string? AgentDescription { get; init; }

    public bool Active { get; init; }

    /// <summary>For a checkbox: the tag Zendesk adds to a ticket when it is ticked.</summary>
    public string? Tag { get; init; }

    public int? Position { get; init; }

    public bool Required { get; init; }

    /// <summary>False for Zendesk's system fields (subject, status, ...).</summary>
    public bool Removable { get; init; }

    public string? RawTitle { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }
}
