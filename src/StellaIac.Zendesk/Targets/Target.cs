namespace StellaIac.Zendesk.Targets;

/// <summary>A legacy target. HTTP and URL targets no longer work in Zendesk; they are read to be moved to webhooks.</summary>
public sealed record Target
{
    public required long Id { get; init; }

    /// <summary>http_target, url_target, email_target, ...</summary>
    public required string Type { get; init; }

    public required string Title { get; init; }

    public bool Active { get; init; }

    public string? TargetUrl { get; init; }

    public string? Method { get; init; }

    public string? ContentType { get; init; }

    public string? Username { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public bool IsHttpOrUrlTarget => Type is "http_target" or "url_target";
}
