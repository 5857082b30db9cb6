using StellaIac.Zendesk.Http;

namespace StellaIac.Zendesk.Brands;

/// <summary>Zendesk brands: /api/v2/brands.</summary>
public sealed class BrandsClient(ZendeskConnection connection)
{
    public IAsyncEnumerable<Brand> ListAsync(CancellationToken ct = default)
        => connection.PageAsync<Brand>("api/v2/brands", "brands", null, ct);
}
