using System.Collections;
using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using StellaIac.Engine.Values;

namespace StellaIac.Engine.Program;

/// <summary>
/// Resolves a resource's arguments into property values: awaits every input, marks unknown and secret
/// values, and collects the resources each property depends on.
/// </summary>
internal static class ArgsSerializer
{
    public static async Task<SerializedArgs> SerializeAsync(ResourceArgs args, string resourceLabel)
    {
        var inputs = PropertyMap.Empty;
        var dependencies = ImmutableDictionary<string, ImmutableHashSet<Resource>>.Empty;
        foreach (var (name, required, value) in Properties(args))
        {
            if (value is null)
            {
                if (required)
                {
                    throw new ArgumentException($"{resourceLabel}: the argument '{name}' is required.");
                }

                continue;
            }

            var resources = new HashSet<Resource>();
            inputs = inputs.SetItem(name, await ToValueAsync(value, resources, $"{resourceLabel}.{name}"));
            dependencies = dependencies.SetItem(name, [.. resources]);
        }

        return new SerializedArgs(inputs, dependencies);
    }

    public static async Task<PropertyValue> ToValueAsync(object? value, HashSet<Resource> resources, string where)
    {
        switch (value)
        {
            case null:
                return PropertyValue.Null;
            case PropertyValue property:
                return property;
            case IItemwiseList { Items: { } listed }:
                return await ToValueAsync(listed.ToList(), resources, where);
            case IOutputLike output:
                var data = await output.AsObjectOutput().DataTask;
                resources.UnionWith(data.Resources);
                if (!data.IsKnown)
                {
                    return PropertyValue.Computed.WithSecret(data.IsSecret);
                }

                var inner = await ToValueAsync(data.Value, resources, where);
                return data.IsSecret ? inner.WithSecret(true) : inner;
            case string text:
                return new PropertyValue(text);
            case bool flag:
                return new PropertyValue(flag);
            case int or long or double or float or decimal:
                return new PropertyValue(Convert.ToDouble(value, CultureInfo.InvariantCulture));
            case Enum choice:
                return new PropertyValue(choice.ToString());
            case Resource resource:
                resources.Add(resource);
                var result = await resource.Registration;
                return resource is CustomResource ? result.Id : new PropertyValue(result.Urn);
            case ResourceArgs nested:
                var map = PropertyMap.Empty;
                foreach (var (name, _, item) in Properties(nested))
                {
                    if (item is not null)
                    {
                        map = map.SetItem(name, await ToValueAsync(item, resources, $"{where}.{name}"));
                    }
                }

                return new PropertyValue(map);
            case IDictionary dictionary:
                var entries = PropertyMap.Empty;
                foreach (DictionaryEntry entry in dictionary)
                {
                    entries = entries.SetItem(Convert.ToString(entry.Key, CultureInfo.InvariantCulture)!, await ToValueAsync(entry.Value, resources, $"{where}.{entry.Key}"));
                }

                return new PropertyValue(entries);
            case IEnumerable list:
                var items = ImmutableArray.CreateBuilder<PropertyValue>();
                var index = 0;
                foreach (var item in list)
                {
                    items.Add(await ToValueAsync(item, resources, $"{where}[{index++}]"));
                }

                return new PropertyValue(items.ToImmutable());
            default:
                throw new ArgumentException($"{where}: a value of type '{value.GetType().Name.Split('`')[0]}' cannot be a resource input; use strings, numbers, booleans, lists, maps or argument types.");
        }
    }

    private static IEnumerable<(string Name, bool Required, object? Value)> Properties(ResourceArgs args)
        => args.GetType().GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Select(p => (Property: p, Attribute: p.GetCustomAttribute<InputAttribute>()))
            .Where(p => p.Attribute is not null)
            .Select(p => (p.Attribute!.Name, p.Attribute.IsRequired, p.Property.GetValue(args)));
}
