using System.Text.Json;
using System.Text.Json.Nodes;
using Pulumi.Zendesk.Functions;

namespace Pulumi.Zendesk.Schema;

/// <summary>
/// The Pulumi package schema of <c>zendesk</c>, generated from what the providers already declare: each
/// resource's <see cref="ResourceSchema"/> (types from its args class), the provider's
/// <see cref="ProviderConfig.Keys"/> and the functions. Pulumi reserves <c>id</c> and <c>urn</c>, so
/// the id Zendesk gives is the resource's id, never a property.
/// </summary>
public static class PackageSchema
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Json(string version) => Build(version).ToJsonString(Indented);

    public static JsonObject Build(string version)
    {
        var types = new SchemaTypes();
        var resources = new JsonObject();
        foreach (var schema in ZendeskProvider.Schemas)
        {
            resources[schema.Token] = Resource(schema, types);
        }

        var functions = new JsonObject();
        foreach (var function in ZendeskFunctions.All)
        {
            functions[function.Token] = Function(function, types);
        }

        var config = new JsonObject();
        var providerInputs = new JsonObject();
        foreach (var variable in ProviderConfig.Keys)
        {
            config[variable.Name] = ConfigSpec(variable);
            providerInputs[variable.Name] = ConfigSpec(variable);
        }

        return new JsonObject
        {
            ["name"] = ZendeskProvider.Package,
            ["displayName"] = "Zendesk",
            ["version"] = version,
            ["description"] = "Zendesk Support as code: webhooks, ticket fields, trigger categories, triggers and their order, automation activity and account settings (the Stella Connect survey integration's building blocks).",
            ["keywords"] = new JsonArray("pulumi", "zendesk", "category/utility", "kind/native"),
            ["publisher"] = "StellaIac",
            ["meta"] = new JsonObject { ["moduleFormat"] = "(.*)" },
            ["config"] = new JsonObject { ["variables"] = config },
            ["provider"] = new JsonObject { ["description"] = "The zendesk provider: one Zendesk account and its credentials.", ["inputProperties"] = providerInputs },
            ["types"] = new JsonObject(types.ObjectTypes.Select(t => KeyValuePair.Create(t.Key, (JsonNode?)t.Value.DeepClone()))),
            ["resources"] = resources,
            ["functions"] = functions,
        };
    }

    private static JsonObject Resource(ResourceSchema schema, SchemaTypes types)
    {
        var argsInputs = SchemaTypes.InputsOf(schema.ArgsType);
        var inputs = new JsonObject();
        var outputs = new JsonObject();
        foreach (var spec in schema.Inputs)
        {
            var property = types.Spec(argsInputs[spec.Name].Property.PropertyType);
            Describe(property, spec.Description);
            if (spec.Secret)
            {
                property["secret"] = true;
            }

            if (spec.ReplaceOnChange)
            {
                property["replaceOnChanges"] = true;
            }

            inputs[spec.Name] = property;
            outputs[spec.Name] = property.DeepClone();
        }

        foreach (var output in schema.Outputs.Where(o => o.Name is not ("id" or "urn")))
        {
            outputs[output.Name] = Describe(types.Spec(output.ClrType), output.Description);
        }

        var required = schema.Inputs.Where(i => i.Required).Select(i => i.Name).ToList();
        return new JsonObject
        {
            ["description"] = schema.Description,
            ["inputProperties"] = inputs,
            ["requiredInputs"] = Names(required),
            ["properties"] = outputs,
            ["required"] = Names(required),
        };
    }

    private static JsonObject Function(FunctionSpec function, SchemaTypes types)
    {
        foreach (var objectType in function.Types ?? [])
        {
            types.ObjectTypes[objectType.Token] = Object(objectType.Properties, types, objectType.Description);
        }

        var spec = new JsonObject { ["description"] = function.Description, ["outputs"] = Object(function.Outputs, types, null) };
        if (function.Inputs.Count > 0)
        {
            spec["inputs"] = Object(function.Inputs, types, null);
        }

        return spec;
    }

    private static JsonObject Object(IReadOnlyList<FunctionProperty> properties, SchemaTypes types, string? description)
    {
        var specs = new JsonObject();
        foreach (var property in properties)
        {
            var spec = property.ItemsType is { } items
                ? new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["$ref"] = SchemaTypes.RefTo(items) } }
                : types.Spec(property.ClrType);
            specs[property.Name] = Describe(spec, property.Description);
        }

        var result = new JsonObject { ["type"] = "object", ["properties"] = specs, ["required"] = Names(properties.Where(p => p.Required).Select(p => p.Name)) };
        return description is null ? result : Describe(result, description);
    }

    private static JsonObject ConfigSpec(ProviderConfigKey variable)
    {
        var spec = new JsonObject { ["type"] = "string", ["description"] = variable.Description };
        if (variable.Secret)
        {
            spec["secret"] = true;
        }

        return spec;
    }

    private static JsonObject Describe(JsonObject spec, string? description)
    {
        if (description is not null)
        {
            spec["description"] = description;
        }

        return spec;
    }

    private static JsonArray Names(IEnumerable<string> names) => new([.. names.Select(n => (JsonNode?)JsonValue.Create(n))]);
}
