namespace StellaIac.Zendesk.Rules;

/// <summary>
/// The value of a condition or action: nothing, one string, or a list of strings. Zendesk answers numbers
/// for some of them (via ids, target ids); they are read as their decimal text so that values compare as strings.
/// </summary>
public sealed class RuleValue : IEquatable<RuleValue>
{
    private RuleValue(string? scalar, IReadOnlyList<string>? items)
    {
        Scalar = scalar;
        Items = items;
    }

    public static RuleValue None { get; } = new(null, null);

    /// <summary>The single value; null for a list or for no value.</summary>
    public string? Scalar { get; }

    /// <summary>The list value (notification_webhook's [id, body]); null for a single value.</summary>
    public IReadOnlyList<string>? Items { get; }

    public bool IsNone => Scalar is null && Items is null;

    public static RuleValue Of(string value) => new(value ?? throw new ArgumentNullException(nameof(value)), null);

    public static RuleValue List(params IEnumerable<string> items) => new(null, [.. items]);

    public static implicit operator RuleValue(string value) => Of(value);

    public bool Equals(RuleValue? other)
        => other is not null
           && Scalar == other.Scalar
           && (Items is null ? other.Items is null : other.Items is not null && Items.SequenceEqual(other.Items));

    public override bool Equals(object? obj) => Equals(obj as RuleValue);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Scalar);
        foreach (var item in Items ?? [])
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => Items is null ? Scalar ?? "(none)" : $"[{string.Join(", ", Items)}]";
}
