using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace StellaIac.Engine.Configuration;

/// <summary>Reads YAML nodes with errors that say which file, line and column went wrong, and what is wrong there.</summary>
internal static class YamlNodes
{
    public static YamlMappingNode LoadMapping(string path)
    {
        using var reader = File.OpenText(path);
        return LoadMapping(reader, path);
    }

    /// <summary>The mapping at the top of <paramref name="reader"/>'s document; <paramref name="path"/> names it in errors.</summary>
    public static YamlMappingNode LoadMapping(TextReader reader, string path)
    {
        var text = reader.ReadToEnd();
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            throw new ConfigurationException($"{path} is not valid YAML (line {ex.Start.Line}, column {ex.Start.Column}): {ex.InnerException?.Message ?? ex.Message}", ex);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            // YamlDotNet's representation model fails this way on YAML its parser accepts (a key with no text, say).
            var (line, column) = UnreadablePosition(text);
            throw new ConfigurationException($"{path} is not valid YAML (line {line}, column {column}): a key or a value is missing or of a kind a Pulumi file does not hold.", ex);
        }

        if (stream.Documents.Count == 0)
        {
            return [];
        }

        return stream.Documents[0].RootNode as YamlMappingNode
            ?? throw new ConfigurationException($"{At(path, stream.Documents[0].RootNode)}: the file must hold a YAML mapping (key: value lines) at the top level.");
    }

    /// <summary>The file and where the node starts in it, for messages: <c>Pulumi.yaml (line 3, column 5)</c>.</summary>
    public static string At(string path, YamlNode node) => $"{path} (line {node.Start.Line}, column {node.Start.Column})";

    /// <summary>A scalar value, null when the key is absent; any other kind of node is an error naming where it is.</summary>
    public static string? Scalar(string path, YamlMappingNode map, string key) => Child(map, key) switch
    {
        null => null,
        YamlScalarNode scalar => scalar.Value,
        var other => throw new ConfigurationException($"{At(path, other)}: '{key}' must be a single value, not a list or a mapping."),
    };

    /// <summary>A mapping, null when the key is absent or empty; any other kind of node is an error naming where it is.</summary>
    public static YamlMappingNode? Mapping(string path, YamlMappingNode map, string key) => Child(map, key) switch
    {
        null or YamlScalarNode { Value: null or "" } => null,
        YamlMappingNode mapping => mapping,
        var other => throw new ConfigurationException($"{At(path, other)}: '{key}' must be a mapping (indented key: value lines)."),
    };

    /// <summary>The text of a mapping's key; a key that is a list or a mapping is an error naming where it is.</summary>
    public static string Key(string path, YamlNode node) => node is YamlScalarNode { Value: { Length: > 0 } text }
        ? text
        : throw new ConfigurationException($"{At(path, node)}: a key must be a name, not empty, a list or a mapping.");

    public static IEnumerable<KeyValuePair<YamlNode, YamlNode>> Entries(YamlMappingNode? map)
        => map is null ? [] : map.Children;

    /// <summary>The node under <paramref name="key"/>, of any kind, or null.</summary>
    public static YamlNode? Child(YamlMappingNode map, string key)
        => map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    /// <summary>Where the representation model gave up: the first mapping key that is empty or not a plain value, else the start of the file.</summary>
    private static (long Line, long Column) UnreadablePosition(string text)
    {
        var parser = new Parser(new StringReader(text));
        var open = new Stack<(bool IsMapping, bool ExpectsKey)>();
        while (parser.MoveNext())
        {
            var current = parser.Current!;
            if (current is MappingEnd or SequenceEnd)
            {
                open.Pop();
                continue;
            }

            if (open.TryPeek(out var top) && top.IsMapping)
            {
                if (top.ExpectsKey && current is not Scalar { Value.Length: > 0 })
                {
                    return (current.Start.Line, current.Start.Column);
                }

                // A mapping's events alternate: key, value, key ...
                open.Pop();
                open.Push((true, !top.ExpectsKey));
            }

            if (current is MappingStart or SequenceStart)
            {
                open.Push((current is MappingStart, current is MappingStart));
            }
        }

        return (1, 1);
    }
}
