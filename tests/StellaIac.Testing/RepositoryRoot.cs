namespace StellaIac.Testing;

/// <summary>The folder holding StellaIac.sln, found by walking up from the test output.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find(AppContext.BaseDirectory);

    /// <summary>A file or folder of the repository, by its path from the root.</summary>
    public static string Of(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find(string start)
    {
        var dir = new DirectoryInfo(start);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "StellaIac.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException($"StellaIac.sln not found above {start}.");
    }
}
