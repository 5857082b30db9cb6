namespace StellaIac.Zendesk.TicketFields;

/// <summary>A ticket field as written: the body of a create and of an update (Zendesk ignores a changed type).</summary>
public sealed record TicketFieldContent
{
    public required string Type { get; init; }

    public required string Title { get; init; }

    public string? Description { get; init; }

    public string? AgentDescription { get; init; }

    public bool? Active { get; init; }

    public string? Tag { get; init; }

    public bool? Required { get; init; }
}
