namespace StellaIac.Zendesk.Rules;

/// <summary>A rule's conditions: all of <see cref="All"/> and at least one of <see cref="Any"/> (when any are given).</summary>
public sealed record Conditions
{
    public IReadOnlyList<Condition> All { get; init; } = [];

    public IReadOnlyList<Condition> Any { get; init; } = [];

    public bool Equals(Conditions? other)
        => other is not null && All.SequenceEqual(other.All) && Any.SequenceEqual(other.Any);

    public override int GetHashCode() => HashCode.Combine(All.Count, Any.Count);
}
