namespace StellaIac.StellaConnect.Payloads;

/// <summary>The seed's payload variants, composable: tags, brand, language, and an opt-in hardened mode.</summary>
public sealed record PayloadOptions
{
    public TagSource Tags { get; init; } = TagSource.TicketTags;

    /// <summary>Adds <c>"brand": "{{ticket.brand.name}}"</c> (for Stella accounts with several brands).</summary>
    public bool IncludeBrand { get; init; }

    /// <summary>Adds <c>"language": "{{ticket.requester.locale}}"</c> (for Stella accounts with several languages).</summary>
    public bool IncludeLanguage { get; init; }

    /// <summary>
    /// Escapes backslashes and double quotes in the requester's name (and the brand's) with Liquid's
    /// <c>replace</c> filter, so that a name such as <c>Pete "The Rock"</c> cannot break the JSON. Zendesk's
    /// Liquid has no JSON filter; the seed's payload breaks on such names.
    /// </summary>
    public bool Hardened { get; init; }
}
