namespace StellaIac.Cli.Tests;

/// <summary>Textual output checked against Snapshots/&lt;name&gt;.txt; UPDATE_SNAPSHOTS=1 rewrites them (on purpose, then review the diff).</summary>
internal static class Snapshot
{
    public static void Match(string name, string actual)
    {
        var normalised = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            var source = Path.Combine(Root(), "tests", "StellaIac.Cli.Tests", "Snapshots", name + ".txt");
            File.WriteAllText(source, normalised);
            return;
        }

        var path = Path.Combine(AppContext.BaseDirectory, "Snapshots", name + ".txt");
        Assert.True(File.Exists(path), $"no snapshot {name}.txt: run the tests once with UPDATE_SNAPSHOTS=1 and review it");
        Assert.Equal(File.ReadAllText(path), normalised);
    }

    private static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "StellaIac.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("StellaIac.sln not found above the test output.");
    }
}
