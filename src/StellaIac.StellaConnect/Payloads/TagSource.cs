namespace StellaIac.StellaConnect.Payloads;

/// <summary>Where Stella's tags come from: the ticket's tags (the seed's default) or custom fields' option titles.</summary>
public sealed record TagSource
{
    private TagSource(IReadOnlyList<string> customFieldIds) => CustomFieldIds = customFieldIds;

    /// <summary>The custom fields whose option titles become tags; empty means the ticket's own tags.</summary>
    public IReadOnlyList<string> CustomFieldIds { get; }

    public static TagSource TicketTags { get; } = new([]);

    /// <summary>One or several drop-down fields; a field without a value on solve gives a " - " tag in Stella's stream.</summary>
    public static TagSource CustomFields(params IEnumerable<string> fieldIds) => new([.. fieldIds]);

    public bool Equals(TagSource? other) => other is not null && CustomFieldIds.SequenceEqual(other.CustomFieldIds);

    public override int GetHashCode() => CustomFieldIds.Count;
}
