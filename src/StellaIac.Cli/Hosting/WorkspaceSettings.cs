namespace StellaIac.Cli.Hosting;

/// <summary>The selected stack, kept per project folder in <c>stacks/.pulumi/selected-stack</c> (not committed).</summary>
internal static class WorkspaceSettings
{
    public static string Path(string stateRoot) => System.IO.Path.Combine(stateRoot, ".pulumi", "selected-stack");

    public static string? Selected(string stateRoot)
        => File.Exists(Path(stateRoot)) ? File.ReadAllText(Path(stateRoot)).Trim() is { Length: > 0 } name ? name : null : null;

    public static void Select(string stateRoot, string stack)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path(stateRoot))!);
        File.WriteAllText(Path(stateRoot), stack + "\n");
    }
}
