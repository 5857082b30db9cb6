namespace StellaIac.Engine.Providers;

/// <summary>
/// Whether anything changes (null: the provider cannot tell, and the engine compares inputs itself),
/// which properties force a replace, and the detailed per-property diff.
/// </summary>
public sealed record DiffResponse
{
    public bool? Changes { get; init; }

    public IReadOnlyList<string> Replaces { get; init; } = [];

    public IReadOnlyList<string> Stables { get; init; } = [];

    public bool DeleteBeforeReplace { get; init; }

    public IReadOnlyDictionary<string, PropertyDiff> DetailedDiff { get; init; } = new Dictionary<string, PropertyDiff>();

    public static DiffResponse None { get; } = new() { Changes = false };
}
