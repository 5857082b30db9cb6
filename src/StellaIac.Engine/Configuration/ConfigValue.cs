namespace StellaIac.Engine.Configuration;

/// <summary>
/// One value of a stack file: plain text, a <c>secure:</c> ciphertext, or an object (nested maps and lists,
/// whose leaves may be secure too), kept as written.
/// </summary>
public sealed record ConfigValue
{
    private ConfigValue(string? text, string? ciphertext, object? tree)
    {
        Text = text;
        Ciphertext = ciphertext;
        Tree = tree;
    }

    /// <summary>A plain scalar, as text (Pulumi stores every scalar as a string).</summary>
    public string? Text { get; }

    /// <summary>A secret, encrypted.</summary>
    public string? Ciphertext { get; }

    /// <summary>An object or list: dictionaries, lists and leaf <see cref="ConfigValue"/>s.</summary>
    public object? Tree { get; }

    public bool IsSecure => Ciphertext is not null || (Tree is not null && ContainsSecure(Tree));

    public static ConfigValue Plain(string text) => new(text ?? throw new ArgumentNullException(nameof(text)), null, null);

    public static ConfigValue Secure(string ciphertext) => new(null, ciphertext ?? throw new ArgumentNullException(nameof(ciphertext)), null);

    public static ConfigValue Structured(object tree) => new(null, null, tree ?? throw new ArgumentNullException(nameof(tree)));

    private static bool ContainsSecure(object node) => node switch
    {
        ConfigValue leaf => leaf.IsSecure,
        IReadOnlyDictionary<string, object> map => map.Values.Any(ContainsSecure),
        IReadOnlyList<object> list => list.Any(ContainsSecure),
        _ => false,
    };
}
