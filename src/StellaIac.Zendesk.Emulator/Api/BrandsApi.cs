using System.Text.Json.Nodes;
using StellaIac.Zendesk.Emulator.Account;

namespace StellaIac.Zendesk.Emulator.Api;

/// <summary>/api/v2/brands: list and show; brands are added through seeding.</summary>
internal static class BrandsApi
{
    public static void Map(WebApplication app, EmulatorServices services)
    {
        app.MapGet("/api/v2/brands", (HttpRequest http) => services.Read(http, (a, c) => Paging.Respond(c, "brands", [.. a.Brands.Values.Select(b => Present(b, c))])));
        app.MapGet("/api/v2/brands/{id}", (HttpRequest http, string id) => services.Read(http, (a, c) => Ids.Parse(id) is { } key && a.Brands.TryGetValue(key, out var brand) ? JsonAnswer.Ok(new JsonObject { ["brand"] = Present(brand, c) }) : ZendeskAnswers.RecordNotFound()));
    }

    private static JsonObject Present(JsonObject brand, ApiContext context)
    {
        var shown = brand.DeepClone().AsObject();
        shown["url"] = context.Url("brands", JsonRead.Text(brand["id"])!);
        return shown;
    }
}
