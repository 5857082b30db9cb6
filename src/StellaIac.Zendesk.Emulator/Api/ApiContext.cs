namespace StellaIac.Zendesk.Emulator.Api;

/// <summary>What an API operation needs to know of its request: the account's base URL, the time and the query.</summary>
internal sealed record ApiContext(string BaseUrl, DateTimeOffset Now, IQueryCollection Query, string Path)
{
    /// <summary>The context of <paramref name="request"/>; links name <paramref name="publicHost"/> over https when given.</summary>
    public static ApiContext From(HttpRequest request, TimeProvider time, string? publicHost)
        => new(publicHost is null ? $"{request.Scheme}://{request.Host}" : $"https://{publicHost}", time.GetUtcNow(), request.Query, request.Path.Value ?? "/");

    public string Stamp => Account.EmulatorAccount.Timestamp(Now);

    public string Url(string collection, string id) => $"{BaseUrl}/api/v2/{collection}/{id}.json";
}
