using System.CommandLine;

namespace StellaIac.Cli.Hosting;

/// <summary>The options several commands take, each declared here once (names and aliases as Pulumi's); commands give only their help text.</summary>
internal static class SharedOptions
{
    public static Option<bool> Json(string description) => new("--json", "-j") { Description = description };

    public static Option<bool> Yes(string description) => new("--yes", "-y") { Description = description };

    public static Option<bool> Diff(string description) => new("--diff") { Description = description };

    public static Option<bool> ExpectNoChanges(string description) => new("--expect-no-changes") { Description = description };

    public static Option<int?> RateLimit() => new("--rate-limit") { Description = "Send at most this many requests a minute, leaving the rest of the account's rate limit to its other integrations" };

    public static Option<string?> SummaryMarkdown(string description) => new("--summary-md") { Description = description };
}
