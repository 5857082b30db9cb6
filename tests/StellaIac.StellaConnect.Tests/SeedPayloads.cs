namespace StellaIac.StellaConnect.Tests;

/// <summary>The seed's payloads, kept verbatim in Golden/seed-payloads.txt.</summary>
internal static class SeedPayloads
{
    public const string FieldPlaceholder = "YOUR CUSTOM ID HERE";

    private static readonly Lazy<Dictionary<string, string>> All = new(() => File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Golden", "seed-payloads.txt"))
        .Where(l => !l.StartsWith('#') && l.Contains('\t', StringComparison.Ordinal))
        .ToDictionary(l => l.Split('\t', 2)[0], l => l.Split('\t', 2)[1]));

    public static string Get(string name) => All.Value[name];
}
