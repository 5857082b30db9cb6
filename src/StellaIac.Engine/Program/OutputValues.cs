using System.Collections.Immutable;
using System.Globalization;
using StellaIac.Engine.Values;

namespace StellaIac.Engine.Program;

/// <summary>Turns the property values a registration returns into typed output data.</summary>
internal static class OutputValues
{
    public static OutputData<T> Known<T>(T value) => OutputData<T>.Known(value);

    public static OutputData<T> Read<T>(PropertyValue value)
        => value.ContainsUnknowns
            ? OutputData<T>.Unknown(value.ContainsSecrets, [])
            : new OutputData<T>((T)Convert(value, typeof(T))!, true, value.ContainsSecrets, []);

    /// <summary>An output the provider did not return: unknown while its resource is still to be created, null after.</summary>
    public static OutputData<T> Missing<T>(RegisterResourceResult result)
        => result.Id.IsComputed ? OutputData<T>.Unknown(false, []) : OutputData<T>.Known(default!);

    public static object? Convert(PropertyValue value, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target == typeof(PropertyValue))
        {
            return value;
        }

        if (value.IsNull)
        {
            return null;
        }

        if (target == typeof(string))
        {
            return value.Match<string>(() => "", b => b ? "true" : "false", n => n.ToString("R", CultureInfo.InvariantCulture), s => s, _ => Fail<string>(value, type), _ => Fail<string>(value, type), () => Fail<string>(value, type));
        }

        if (target == typeof(bool))
        {
            return value.TryGetBool(out var b) ? b : value.TryGetString(out var s) && bool.TryParse(s, out b) ? b : Fail<bool>(value, type);
        }

        if (target == typeof(double) || target == typeof(int) || target == typeof(long))
        {
            var number = value.TryGetNumber(out var n) ? n : value.TryGetString(out var s) && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out n) ? n : Fail<double>(value, type);
            return System.Convert.ChangeType(number, target, CultureInfo.InvariantCulture);
        }

        if (target.IsGenericType && target.GetGenericTypeDefinition() == typeof(ImmutableArray<>) && value.TryGetArray(out var items))
        {
            var element = target.GetGenericArguments()[0];
            var array = Array.CreateInstance(element, items.Length);
            for (var i = 0; i < items.Length; i++)
            {
                array.SetValue(Convert(items[i], element), i);
            }

            return typeof(ImmutableArray).GetMethods().First(m => m.Name == nameof(ImmutableArray.Create) && m.GetParameters() is [{ ParameterType.IsArray: true }])
                .MakeGenericMethod(element).Invoke(null, [array]);
        }

        if (target.IsGenericType && target.GetGenericTypeDefinition() == typeof(ImmutableDictionary<,>) && target.GetGenericArguments()[0] == typeof(string) && value.TryGetMap(out var map))
        {
            var element = target.GetGenericArguments()[1];
            var builder = typeof(ImmutableDictionary).GetMethods().First(m => m.Name == nameof(ImmutableDictionary.CreateBuilder) && m.GetParameters().Length == 0).MakeGenericMethod(typeof(string), element).Invoke(null, null)!;
            var add = builder.GetType().GetMethod("Add", [typeof(string), element])!;
            foreach (var (key, item) in map)
            {
                add.Invoke(builder, [key, Convert(item, element)]);
            }

            return builder.GetType().GetMethod("ToImmutable")!.Invoke(builder, null);
        }

        if (target == typeof(object))
        {
            return value.Match<object?>(() => null, b => b, n => n, s => s, a => a.Select(i => Convert(i, typeof(object))).ToImmutableArray(), m => m.ToImmutableDictionary(p => p.Key, p => Convert(p.Value, typeof(object))), () => null);
        }

        return Fail<object>(value, type);
    }

    private static T Fail<T>(PropertyValue value, Type type)
        => throw new InvalidCastException($"An output holding {value.Type.ToString().ToLowerInvariant()} cannot be read as {TypeWords.For(type)}.");
}
