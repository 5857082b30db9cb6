namespace StellaIac.StellaConnect.Lint;

/// <summary>A ticket to render a payload against; null means Zendesk has nothing for that placeholder.</summary>
public sealed record SampleTicket
{
    public required string Description { get; init; }

    public long Id { get; init; } = 4242;

    public string? AssigneeEmail { get; init; } = "agent@example.com";

    public string? RequesterName { get; init; } = "Pete Sellar";

    public string? RequesterEmail { get; init; } = "pete@example.com";

    public string? RequesterLocale { get; init; } = "en-US";

    public string? BrandName { get; init; } = "Acme";

    /// <summary>Space-delimited, as Zendesk renders <c>{{ticket.tags}}</c>.</summary>
    public string Tags { get; init; } = "vip billing";

    /// <summary>The checkbox: "true" ticked, "false" unticked, "" never set.</summary>
    public string DoNotSend { get; init; } = "false";

    public string OptionTitle { get; init; } = "Billing";

    /// <summary>The matrix every payload is rendered against.</summary>
    public static IReadOnlyList<SampleTicket> Matrix { get; } =
    [
        new() { Description = "an ordinary ticket" },
        new() { Description = "a requester without email", RequesterEmail = null },
        new() { Description = "an email that is only spaces", RequesterEmail = "   " },
        new() { Description = "no tags", Tags = "" },
        new() { Description = "25 tags", Tags = string.Join(' ', Enumerable.Range(1, 25).Select(i => $"tag_{i}")) },
        new() { Description = "a name with double quotes", RequesterName = "Pete \"The Rock\" Sellar" },
        new() { Description = "a name with a backslash", RequesterName = "DOMAIN\\pete" },
        new() { Description = "a name with non-ASCII letters", RequesterName = "José Müller-Łukasz 山田" },
        new() { Description = "the do-not-send box ticked", DoNotSend = "true" },
        new() { Description = "the do-not-send box never set", DoNotSend = "" },
        new() { Description = "no brand and no locale", BrandName = null, RequesterLocale = null },
    ];
}
