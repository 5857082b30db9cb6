using System.Text.Json.Nodes;

namespace StellaIac.Zendesk.Tests.Brands;

public sealed class BrandsClientTests(KeyedEmulatorFixture zendesk) : ZendeskTestBase(zendesk)
{
    [Fact]
    public async Task List_reads_the_default_brand_and_seeded_ones()
    {
        await Control.SeedAsync(new JsonObject { ["brands"] = new JsonArray(new JsonObject { ["name"] = "Acme Outdoors", ["subdomain"] = "acmeoutdoors" }) });

        var brands = await Client.Brands.ListAsync().ToListAsync();

        Assert.Equal(["Emulator", "Acme Outdoors"], brands.Select(b => b.Name));
        Assert.True(brands[0].Default);
        Assert.Equal("https://acmeoutdoors.zendesk.com", brands[1].BrandUrl);
        Assert.StartsWith("GET /api/v2/brands?page%5Bsize%5D=100", Assert.Single(await SeenAsync()), StringComparison.Ordinal);
    }
}
