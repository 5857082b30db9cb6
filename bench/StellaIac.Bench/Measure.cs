namespace StellaIac.Bench;

/// <summary>
/// One command's figures. <see cref="Managed"/> is how many Zendesk resources it planned or read: what a
/// provider that reads one GET per resource, one at a time (as the Terraform Zendesk provider refreshes), sends
/// in reads alone.
/// </summary>
internal sealed record Measure(string Command, int Requests, int Writes, TimeSpan Elapsed, int Managed)
{
    public double Ratio => Managed == 0 ? 0 : (double)Requests / Managed;

    /// <summary>How many requests Zendesk refused with 429.</summary>
    public int TooMany { get; init; }
}
