namespace StellaIac.Engine.Testing;

/// <summary>Where a test program runs, as Pulumi.Testing's TestOptions, plus its config (<c>namespace:key</c> to value; secrets marked).</summary>
public sealed record TestOptions
{
    public string ProjectName { get; init; } = "project";

    public string StackName { get; init; } = "stack";

    public bool IsPreview { get; init; } = true;

    public IReadOnlyDictionary<string, string> Config { get; init; } = new Dictionary<string, string>();

    public IReadOnlySet<string> SecretConfig { get; init; } = new HashSet<string>();
}
