namespace StellaIac.Engine.Configuration;

/// <summary>A config key <c>namespace:name</c>; the legacy <c>namespace:config:name</c> reads the same.</summary>
public sealed record ConfigKey(string Namespace, string Name)
{
    public static ConfigKey Parse(string text, string defaultNamespace)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var parts = text.Split(':');
        return parts.Length switch
        {
            1 => new ConfigKey(defaultNamespace, parts[0]),
            2 when parts[0].Length > 0 && parts[1].Length > 0 => new ConfigKey(parts[0], parts[1]),
            3 when parts[1] == "config" && parts[0].Length > 0 && parts[2].Length > 0 => new ConfigKey(parts[0], parts[2]),
            _ => throw new FormatException($"'{text}' is not a config key: write namespace:name, e.g. zendesk:subdomain."),
        };
    }

    public override string ToString() => $"{Namespace}:{Name}";
}
