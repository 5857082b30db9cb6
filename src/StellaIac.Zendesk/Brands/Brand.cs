namespace StellaIac.Zendesk.Brands;

/// <summary>A brand; <c>{{ticket.brand.name}}</c> renders its <see cref="Name"/>.</summary>
public sealed record Brand
{
    public required long Id { get; init; }

    public required string Name { get; init; }

    public string? Subdomain { get; init; }

    public bool Active { get; init; }

    public bool Default { get; init; }

    public string? BrandUrl { get; init; }

    public bool IsDeleted { get; init; }
}
