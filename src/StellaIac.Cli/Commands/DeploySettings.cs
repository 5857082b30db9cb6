namespace StellaIac.Cli.Commands;

/// <summary>What preview, up, refresh, drift and destroy were asked to do, read once from the command line; handlers see only this.</summary>
internal sealed record DeploySettings
{
    /// <summary>The command's name, as the Markdown summary titles it.</summary>
    public required string Command { get; init; }

    /// <summary>A prompt may be shown (no --non-interactive, no CI, a terminal).</summary>
    public bool Interactive { get; init; }

    public bool Yes { get; init; }

    public bool Json { get; init; }

    public bool Diff { get; init; }

    public bool ExpectNoChanges { get; init; }

    public bool Refresh { get; init; }

    public bool SkipPreview { get; init; }

    public bool PreviewOnly { get; init; }

    public string? SummaryMarkdown { get; init; }

    /// <summary>--rate-limit: the run's own budget of requests a minute, set as the program's rate-limit config key.</summary>
    public int? RateLimit { get; init; }
}
