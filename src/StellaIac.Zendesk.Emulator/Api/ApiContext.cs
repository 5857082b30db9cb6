namespace StellaIac.Zendesk.Emulator.Api;

/// <summary>What an API operation needs to know of its request: the account's base URL, the time and the query.</summary>
internal sealed record ApiContext(string BaseUrl, DateTimeOffset Now, IQueryCollection Query, string Path)
{
    public static ApiContext From(HttpRequest request, TimeProvider time)
        => new($"{request.Scheme}://{request.Host}", time.GetUtcNow(), request.Query, request.Path.Value ?? "/");

    public string Stamp => Account.EmulatorAccount.Timestamp(Now);

    public string Url(string collection, string id) => $"{BaseUrl}/api/v2/{collection}/{id}.json";
}
