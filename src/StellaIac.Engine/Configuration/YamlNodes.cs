using YamlDotNet.RepresentationModel;

namespace StellaIac.Engine.Configuration;

/// <summary>Reads YAML nodes with errors that say which file and key went wrong.</summary>
internal static class YamlNodes
{
    public static YamlMappingNode LoadMapping(string path)
    {
        var stream = new YamlStream();
        try
        {
            using var reader = File.OpenText(path);
            stream.Load(reader);
        }
        catch (YamlDotNet.Core.YamlException ex)
        {
            throw new ConfigurationException($"{path} is not valid YAML (line {ex.Start.Line}, column {ex.Start.Column}): {ex.InnerException?.Message ?? ex.Message}", ex);
        }

        if (stream.Documents.Count == 0)
        {
            return [];
        }

        return stream.Documents[0].RootNode as YamlMappingNode
            ?? throw new ConfigurationException($"{path} must hold a YAML mapping at the top level.");
    }

    public static string? Scalar(YamlMappingNode map, string key)
        => map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? (node as YamlScalarNode)?.Value : null;

    public static IEnumerable<KeyValuePair<YamlNode, YamlNode>> Entries(YamlMappingNode? map)
        => map is null ? [] : map.Children;

    public static YamlMappingNode? Mapping(YamlMappingNode map, string key)
        => map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node as YamlMappingNode : null;
}
