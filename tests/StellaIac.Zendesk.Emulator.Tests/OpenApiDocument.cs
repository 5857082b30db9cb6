using YamlDotNet.RepresentationModel;

namespace StellaIac.Zendesk.Emulator.Tests;

/// <summary>Just enough of an OpenAPI reader for fidelity checks: operations, examples, schema properties, $ref.</summary>
public sealed class OpenApiDocument
{
    private static readonly Dictionary<string, OpenApiDocument> Loaded = [];
    private readonly YamlMappingNode root;

    private OpenApiDocument(YamlMappingNode root) => this.root = root;

    public static OpenApiDocument Support => Load("support-api.yaml");

    public static OpenApiDocument Webhooks => Load("webhooks-api.yaml");

    public static OpenApiDocument Load(string file)
    {
        lock (Loaded)
        {
            if (!Loaded.TryGetValue(file, out var document))
            {
                var stream = new YamlStream();
                using var reader = File.OpenText(Path.Combine(AppContext.BaseDirectory, "OpenApi", file));
                stream.Load(reader);
                document = new OpenApiDocument((YamlMappingNode)stream.Documents[0].RootNode);
                Loaded[file] = document;
            }

            return document;
        }
    }

    public YamlMappingNode Operation(string method, string path)
        => (YamlMappingNode)Resolve(((YamlMappingNode)((YamlMappingNode)root["paths"])[path])[method.ToLowerInvariant()]);

    /// <summary>The documented success status of an operation (its first 2xx response).</summary>
    public int SuccessStatus(string method, string path)
        => ((YamlMappingNode)Operation(method, path)["responses"]).Children.Keys
            .Select(k => int.Parse(((YamlScalarNode)k).Value!, System.Globalization.CultureInfo.InvariantCulture))
            .First(code => code is >= 200 and < 300);

    /// <summary>The request body example, as JSON text.</summary>
    public string RequestExample(string method, string path)
    {
        var content = (YamlMappingNode)Resolve(((YamlMappingNode)Resolve(Operation(method, path)["requestBody"]))["content"]);
        var json = (YamlMappingNode)content["application/json"];
        var example = json.Children.TryGetValue("examples", out var examples)
            ? ((YamlMappingNode)Resolve(((YamlMappingNode)examples).Children.Values.First()))["value"]
            : json["example"];
        return ToJson(Resolve(example));
    }

    /// <summary>The property names a schema lists, allOf and $ref followed.</summary>
    public IReadOnlySet<string> Properties(string schema)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        Collect((YamlMappingNode)Resolve(((YamlMappingNode)((YamlMappingNode)root["components"])["schemas"])[schema]), names);
        return names;
    }

    private void Collect(YamlMappingNode schema, HashSet<string> names)
    {
        if (schema.Children.TryGetValue("allOf", out var parts))
        {
            foreach (var part in (YamlSequenceNode)parts)
            {
                Collect((YamlMappingNode)Resolve(part), names);
            }
        }

        if (schema.Children.TryGetValue("properties", out var properties))
        {
            foreach (var key in ((YamlMappingNode)properties).Children.Keys)
            {
                names.Add(((YamlScalarNode)key).Value!);
            }
        }
    }

    private YamlNode Resolve(YamlNode node)
    {
        while (node is YamlMappingNode mapping && mapping.Children.TryGetValue("$ref", out var reference))
        {
            YamlNode target = root;
            foreach (var part in ((YamlScalarNode)reference).Value!.TrimStart('#', '/').Split('/'))
            {
                target = ((YamlMappingNode)target)[part];
            }

            node = target;
        }

        return node;
    }

    private string ToJson(YamlNode node) => node switch
    {
        YamlMappingNode mapping => "{" + string.Join(",", mapping.Children.Select(p => $"{System.Text.Json.JsonSerializer.Serialize(((YamlScalarNode)p.Key).Value)}:{ToJson(Resolve(p.Value))}")) + "}",
        YamlSequenceNode sequence => "[" + string.Join(",", sequence.Children.Select(c => ToJson(Resolve(c)))) + "]",
        YamlScalarNode scalar => Scalar(scalar),
        _ => "null",
    };

    private static string Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style is YamlDotNet.Core.ScalarStyle.SingleQuoted or YamlDotNet.Core.ScalarStyle.DoubleQuoted)
        {
            return System.Text.Json.JsonSerializer.Serialize(text);
        }

        return text switch
        {
            "true" or "false" or "null" => text,
            _ when double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _) => text,
            _ => System.Text.Json.JsonSerializer.Serialize(text),
        };
    }
}
