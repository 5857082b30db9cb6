using Xunit;

namespace StellaIac.Testing;

/// <summary>
/// Textual output checked against the test project's Snapshots/&lt;name&gt;.txt (copied beside the test
/// assembly); UPDATE_SNAPSHOTS=1 rewrites the source files instead (on purpose, then review the diff).
/// </summary>
public static class Snapshot
{
    public static void Match(string name, string actual)
    {
        ArgumentNullException.ThrowIfNull(actual);
        var normalised = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(Path.Combine(TestProjectFolder(), "Snapshots", name + ".txt"), normalised);
            return;
        }

        var path = Path.Combine(AppContext.BaseDirectory, "Snapshots", name + ".txt");
        Assert.True(File.Exists(path), $"no snapshot {name}.txt: run the tests once with UPDATE_SNAPSHOTS=1 and review it");
        Assert.Equal(File.ReadAllText(path), normalised);
    }

    /// <summary>The test project's source folder: the nearest folder above the test output that holds its .csproj.</summary>
    private static string TestProjectFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && dir.GetFiles("*.csproj").Length == 0)
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException($"no project file above {AppContext.BaseDirectory}.");
    }
}
