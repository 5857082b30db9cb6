namespace StellaIac.Zendesk.Liquid;

/// <summary>
/// What Zendesk's ticket placeholders render to for one ticket; null means Zendesk has nothing for that
/// placeholder (it renders empty).
/// </summary>
public sealed record TicketPlaceholders
{
    public required long Id { get; init; }

    /// <summary><c>{{ticket.link}}</c>: the agent's URL of the ticket.</summary>
    public required string Link { get; init; }

    /// <summary><c>{{ticket.tags}}</c>: space-delimited, as Zendesk renders it.</summary>
    public string Tags { get; init; } = "";

    public string? Status { get; init; }

    public string? RequesterName { get; init; }

    public string? RequesterEmail { get; init; }

    public string? RequesterLocale { get; init; }

    public string? AssigneeEmail { get; init; }

    public string? BrandName { get; init; }

    /// <summary><c>{{ticket.ticket_field_&lt;id&gt;}}</c> by field id: a checkbox renders "true" or "false".</summary>
    public IReadOnlyDictionary<string, string> Fields { get; init; } = new Dictionary<string, string>();

    /// <summary><c>{{ticket.ticket_field_option_title_&lt;id&gt;}}</c> by field id: the chosen option's title.</summary>
    public IReadOnlyDictionary<string, string> FieldOptionTitles { get; init; } = new Dictionary<string, string>();
}
