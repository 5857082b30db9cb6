using StellaIac.Zendesk.Http;

namespace StellaIac.Zendesk.Targets;

/// <summary>Zendesk targets: /api/v2/targets, read-only. HTTP and URL targets are discontinued; webhooks replace them.</summary>
public sealed class TargetsClient(ZendeskConnection connection)
{
    public async IAsyncEnumerable<Target> ListAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        foreach (var target in await connection.GetAsync<IReadOnlyList<Target>>("api/v2/targets", "targets", ct))
        {
            yield return target;
        }
    }

    public Task<Target> GetAsync(long id, CancellationToken ct = default)
        => connection.GetAsync<Target>($"api/v2/targets/{id}", "target", ct);

    /// <summary>The HTTP and URL targets that point at <paramref name="url"/> (scheme, host and path compared, case-insensitively).</summary>
    public async Task<IReadOnlyList<Target>> FindHttpTargetsAsync(Uri url, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        var found = new List<Target>();
        await foreach (var target in ListAsync(ct))
        {
            if (target.IsHttpOrUrlTarget && Uri.TryCreate(target.TargetUrl, UriKind.Absolute, out var targetUrl) && SameEndpoint(targetUrl, url))
            {
                found.Add(target);
            }
        }

        return found;
    }

    private static bool SameEndpoint(Uri a, Uri b)
        => string.Equals(a.Host, b.Host, StringComparison.OrdinalIgnoreCase)
           && string.Equals(a.AbsolutePath.TrimEnd('/'), b.AbsolutePath.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
}
