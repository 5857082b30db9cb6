using System.Collections.Immutable;
using System.Globalization;

namespace StellaIac.Engine.Values;

/// <summary>
/// A resource property as the engine and providers see it: a closed set of JSON-like kinds, plus
/// <see cref="PropertyValueType.Computed"/> (unknown during preview) and a secret mark that travels with the value.
/// </summary>
public sealed class PropertyValue : IEquatable<PropertyValue>
{
    private readonly object? value;

    private PropertyValue(PropertyValueType type, object? value, bool isSecret)
    {
        Type = type;
        this.value = value;
        IsSecret = isSecret;
    }

    public PropertyValue(bool value) : this(PropertyValueType.Bool, value, false)
    {
    }

    public PropertyValue(double value) : this(PropertyValueType.Number, value, false)
    {
    }

    public PropertyValue(string value) : this(PropertyValueType.String, value ?? throw new ArgumentNullException(nameof(value)), false)
    {
    }

    public PropertyValue(ImmutableArray<PropertyValue> value) : this(PropertyValueType.Array, value, false)
    {
    }

    public PropertyValue(ImmutableDictionary<string, PropertyValue> value) : this(PropertyValueType.Map, value ?? throw new ArgumentNullException(nameof(value)), false)
    {
    }

    public static PropertyValue Null { get; } = new(PropertyValueType.Null, null, false);

    /// <summary>A value that will be known only once the resource is created or updated.</summary>
    public static PropertyValue Computed { get; } = new(PropertyValueType.Computed, null, false);

    public PropertyValueType Type { get; }

    public bool IsSecret { get; }

    public bool IsNull => Type == PropertyValueType.Null;

    public bool IsComputed => Type == PropertyValueType.Computed;

    /// <summary>True when this value, or any value inside it, is unknown.</summary>
    public bool ContainsUnknowns => Type switch
    {
        PropertyValueType.Computed => true,
        PropertyValueType.Array => ((ImmutableArray<PropertyValue>)value!).Any(v => v.ContainsUnknowns),
        PropertyValueType.Map => ((ImmutableDictionary<string, PropertyValue>)value!).Values.Any(v => v.ContainsUnknowns),
        _ => false,
    };

    /// <summary>True when this value, or any value inside it, is secret.</summary>
    public bool ContainsSecrets => IsSecret || Type switch
    {
        PropertyValueType.Array => ((ImmutableArray<PropertyValue>)value!).Any(v => v.ContainsSecrets),
        PropertyValueType.Map => ((ImmutableDictionary<string, PropertyValue>)value!).Values.Any(v => v.ContainsSecrets),
        _ => false,
    };

    public static implicit operator PropertyValue(string value) => new(value);

    public static implicit operator PropertyValue(bool value) => new(value);

    public static implicit operator PropertyValue(double value) => new(value);

    public static PropertyValue FromMap(IEnumerable<KeyValuePair<string, PropertyValue>> map) => new(map.ToImmutableDictionary());

    public static PropertyValue FromArray(IEnumerable<PropertyValue> items) => new([.. items]);

    public PropertyValue WithSecret(bool secret) => secret == IsSecret ? this : new PropertyValue(Type, value, secret);

    public bool TryGetBool(out bool result) => TryGet(PropertyValueType.Bool, out result);

    public bool TryGetNumber(out double result) => TryGet(PropertyValueType.Number, out result);

    public bool TryGetString(out string result) => TryGet(PropertyValueType.String, out result!);

    public bool TryGetArray(out ImmutableArray<PropertyValue> result) => TryGet(PropertyValueType.Array, out result);

    public bool TryGetMap(out ImmutableDictionary<string, PropertyValue> result) => TryGet(PropertyValueType.Map, out result!);

    public T Match<T>(Func<T> nullCase, Func<bool, T> boolCase, Func<double, T> numberCase, Func<string, T> stringCase, Func<ImmutableArray<PropertyValue>, T> arrayCase, Func<ImmutableDictionary<string, PropertyValue>, T> mapCase, Func<T> computedCase)
    {
        ArgumentNullException.ThrowIfNull(nullCase);
        ArgumentNullException.ThrowIfNull(boolCase);
        ArgumentNullException.ThrowIfNull(numberCase);
        ArgumentNullException.ThrowIfNull(stringCase);
        ArgumentNullException.ThrowIfNull(arrayCase);
        ArgumentNullException.ThrowIfNull(mapCase);
        ArgumentNullException.ThrowIfNull(computedCase);
        return Type switch
        {
            PropertyValueType.Null => nullCase(),
            PropertyValueType.Bool => boolCase((bool)value!),
            PropertyValueType.Number => numberCase((double)value!),
            PropertyValueType.String => stringCase((string)value!),
            PropertyValueType.Array => arrayCase((ImmutableArray<PropertyValue>)value!),
            PropertyValueType.Map => mapCase((ImmutableDictionary<string, PropertyValue>)value!),
            _ => computedCase(),
        };
    }

    /// <summary>Equality of the values alone, secretness aside: what a diff compares.</summary>
    public bool ValueEquals(PropertyValue? other)
    {
        if (other is null || Type != other.Type)
        {
            return false;
        }

        return Type switch
        {
            PropertyValueType.Array => ((ImmutableArray<PropertyValue>)value!).Length == ((ImmutableArray<PropertyValue>)other.value!).Length
                && ((ImmutableArray<PropertyValue>)value!).Zip((ImmutableArray<PropertyValue>)other.value!).All(p => p.First.ValueEquals(p.Second)),
            PropertyValueType.Map => MapEquals((ImmutableDictionary<string, PropertyValue>)value!, (ImmutableDictionary<string, PropertyValue>)other.value!),
            _ => Equals(value, other.value),
        };
    }

    public bool Equals(PropertyValue? other) => other is not null && IsSecret == other.IsSecret && ValueEquals(other);

    public override bool Equals(object? obj) => Equals(obj as PropertyValue);

    public override int GetHashCode() => HashCode.Combine(Type, IsSecret, Type is PropertyValueType.Array or PropertyValueType.Map ? 0 : value?.GetHashCode() ?? 0);

    /// <summary>A display form: secrets as [secret], unknowns as [unknown]. Never shows a secret.</summary>
    public override string ToString()
    {
        if (IsSecret)
        {
            return "[secret]";
        }

        return Match(
            () => "null",
            b => b ? "true" : "false",
            n => n.ToString("R", CultureInfo.InvariantCulture),
            s => s,
            a => "[" + string.Join(", ", a.Select(v => v.ToString())) + "]",
            m => "{" + string.Join(", ", m.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}: {p.Value}")) + "}",
            () => "[unknown]");
    }

    private static bool MapEquals(ImmutableDictionary<string, PropertyValue> a, ImmutableDictionary<string, PropertyValue> b)
        => a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var other) && p.Value.ValueEquals(other));

    private bool TryGet<T>(PropertyValueType type, out T result)
    {
        if (Type == type)
        {
            result = (T)value!;
            return true;
        }

        result = default!;
        return false;
    }
}
