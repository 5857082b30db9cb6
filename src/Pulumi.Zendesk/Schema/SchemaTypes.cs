using System.Collections.Immutable;
using System.Reflection;
using System.Text.Json.Nodes;
using StellaIac.Engine.Program;

namespace Pulumi.Zendesk.Schema;

/// <summary>
/// Pulumi type specs from .NET types: scalars, lists, <c>object</c> as Pulumi's Any, and args classes as
/// object types under the package's <c>types</c>, named after the class without its <c>Args</c> suffix.
/// </summary>
internal sealed class SchemaTypes
{
    private const string Module = "zendesk:index:";

    public SortedDictionary<string, JsonObject> ObjectTypes { get; } = new(StringComparer.Ordinal);

    public static string RefTo(string token) => "#/types/" + token;

    public JsonObject Spec(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (ItemType(type) is { } item)
        {
            return new JsonObject { ["type"] = "array", ["items"] = Spec(item) };
        }

        var inner = Unwrapped(type);
        if (inner.IsSubclassOf(typeof(ResourceArgs)))
        {
            return new JsonObject { ["$ref"] = RefTo(Register(inner)) };
        }

        return Type.GetTypeCode(inner) switch
        {
            TypeCode.String => new JsonObject { ["type"] = "string" },
            TypeCode.Boolean => new JsonObject { ["type"] = "boolean" },
            TypeCode.Int32 or TypeCode.Int64 => new JsonObject { ["type"] = "integer" },
            TypeCode.Double => new JsonObject { ["type"] = "number" },
            _ when inner == typeof(object) => new JsonObject { ["$ref"] = "pulumi.json#/Any" },
            _ => throw new ArgumentException($"No Pulumi schema type for {inner}."),
        };
    }

    /// <summary>The <c>[Input]</c> properties of an args class by their schema names, with whether each is required.</summary>
    public static IReadOnlyDictionary<string, (PropertyInfo Property, bool Required)> InputsOf(Type argsType)
        => argsType.GetProperties()
            .Select(p => (Property: p, Attribute: p.GetCustomAttribute<InputAttribute>()))
            .Where(p => p.Attribute is not null)
            .ToDictionary(p => p.Attribute!.Name, p => (p.Property, p.Attribute!.IsRequired), StringComparer.Ordinal);

    private string Register(Type argsType)
    {
        var token = Module + argsType.Name[..^"Args".Length];
        if (ObjectTypes.ContainsKey(token))
        {
            return token;
        }

        ObjectTypes[token] = [];
        var properties = new JsonObject();
        var inputs = InputsOf(argsType);
        foreach (var (name, (property, _)) in inputs)
        {
            properties[name] = Spec(property.PropertyType);
        }

        var type = new JsonObject { ["type"] = "object", ["properties"] = properties };
        if (inputs.Where(i => i.Value.Required).Select(i => JsonValue.Create(i.Key)).ToArray() is { Length: > 0 } required)
        {
            type["required"] = new JsonArray(required);
        }

        ObjectTypes[token] = type;
        return token;
    }

    private static Type? ItemType(Type type)
    {
        var inner = Unwrapped(type);
        if (!inner.IsGenericType)
        {
            return null;
        }

        var definition = inner.GetGenericTypeDefinition();
        return definition == typeof(InputList<>) || definition == typeof(ImmutableArray<>) || definition == typeof(IReadOnlyList<>)
            ? inner.GetGenericArguments()[0]
            : null;
    }

    private static Type Unwrapped(Type type)
    {
        while (type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Input<>) || type.GetGenericTypeDefinition() == typeof(Output<>) || type.GetGenericTypeDefinition() == typeof(Nullable<>)))
        {
            type = type.GetGenericArguments()[0];
        }

        return type;
    }
}
