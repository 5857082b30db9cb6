using System.Collections;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace StellaIac.Engine.Program;

/// <summary>
/// What a .NET type is, said in the words of a config file or a program's inputs ("true or false", "a list"),
/// never the runtime's (<c>System.Boolean</c>, <c>List`1</c>).
/// </summary>
internal static partial class TypeWords
{
    public static string For(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        return plain switch
        {
            _ when plain == typeof(bool) => "true or false",
            _ when plain == typeof(string) => "a text",
            _ when plain == typeof(int) || plain == typeof(long) || plain == typeof(short) => "a whole number",
            _ when plain == typeof(double) || plain == typeof(decimal) || plain == typeof(float) => "a number",
            _ when typeof(IDictionary).IsAssignableFrom(plain) || plain.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>)) => "a JSON object (a map)",
            _ when plain != typeof(string) && typeof(IEnumerable).IsAssignableFrom(plain) => "a JSON list",
            _ => "a JSON object",
        };
    }

    /// <summary>
    /// A JSON reading error as "at $.channels[0].includeCti: must be true or false": the JSON path and what belongs
    /// there, instead of System.Text.Json's "could not be converted to System.Boolean. Path: ... | LineNumber ...".
    /// </summary>
    public static string For(JsonException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var where = error.Path is { Length: > 0 } path ? $"at {path}: " : "";
        var converted = ConvertedTo().Match(error.Message);
        if (converted.Success)
        {
            return $"{where}must be {ForName(converted.Groups["type"].Value)}";
        }

        var said = error.Message;
        var cut = said.IndexOf(" Path:", StringComparison.Ordinal) is >= 0 and var p ? p : said.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return where + (cut >= 0 ? said[..cut] : said).TrimEnd('.', ' ', '|');
    }

    private static string ForName(string name) => name switch
    {
        _ when name.Contains("Dictionary", StringComparison.Ordinal) => "a JSON object (a map)",
        _ when name.Contains("List`1", StringComparison.Ordinal) || name.Contains("Enumerable`1", StringComparison.Ordinal) || name.EndsWith("[]", StringComparison.Ordinal) => "a JSON list",
        _ when name.Contains("System.Boolean", StringComparison.Ordinal) => "true or false",
        _ when name.Contains("System.String", StringComparison.Ordinal) => "a text",
        _ when name.Contains("System.Int", StringComparison.Ordinal) => "a whole number",
        _ when name.Contains("System.Double", StringComparison.Ordinal) || name.Contains("System.Decimal", StringComparison.Ordinal) => "a number",
        _ => "a JSON object",
    };

    [GeneratedRegex(@"could not be converted to (?<type>[^ ]+?)\.? Path:")]
    private static partial Regex ConvertedTo();
}
