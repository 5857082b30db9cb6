using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using StellaIac.Engine.Configuration;
using StellaIac.Engine.Values;

namespace StellaIac.Engine.Program;

/// <summary>
/// A program's view of its stack's config in one namespace (the project's by default), as Pulumi's Config:
/// Get and Require, typed, secrets as secret outputs, and errors that name the key and the stack file.
/// </summary>
public sealed class Config
{
    private static readonly JsonSerializerOptions ObjectOptions = new(JsonSerializerDefaults.Web) { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };
    private static readonly JsonSerializerOptions LenientOptions = new(JsonSerializerDefaults.Web);
    private readonly StackConfiguration configuration;

    public Config(string? ns = null)
    {
        var deployment = Deployment.Current;
        configuration = deployment.Config;
        Namespace = ns ?? deployment.ProjectName;
    }

    public string Namespace { get; }

    public string? Get(string key) => Entry(key)?.Value is { } value ? Text(value, key) : null;

    public string Require(string key) => Get(key) ?? throw Missing(key, secret: false);

    public bool? GetBoolean(string key) => Get(key) switch
    {
        null => null,
        "true" => true,
        "false" => false,
        var other => throw Invalid(key, "true or false", other),
    };

    public bool RequireBoolean(string key) => GetBoolean(key) ?? throw Missing(key, secret: false);

    public int? GetInt32(string key) => Get(key) switch
    {
        null => null,
        var text when int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) => number,
        var other => throw Invalid(key, "a whole number", other),
    };

    public int RequireInt32(string key) => GetInt32(key) ?? throw Missing(key, secret: false);

    /// <summary>An object or list value, read as <typeparamref name="T"/> from its JSON form (camelCase names).</summary>
    public T? GetObject<T>(string key)
    {
        if (Entry(key) is not { } entry)
        {
            return default;
        }

        var json = entry.Value.TryGetString(out var text) ? text : ToJson(entry.Value);
        try
        {
            return JsonSerializer.Deserialize<T>(json, ObjectOptions);
        }
        catch (JsonException ex) when (IsUnknownProperty<T>(json))
        {
            // A misspelt property would otherwise be dropped in silence, and with it what it asked for (a tag condition).
            var property = ex.Path?[(ex.Path.LastIndexOf('.') + 1)..] ?? "";
            var hint = KnownConfig.Nearest(property, [.. PropertyNames(typeof(T), [])]) is { } nearest ? $"did you mean {nearest}?" : "check its spelling against the documented shape.";
            throw new ConfigurationException($"{configuration.StackFilePath}: '{Namespace}:{key}' has an unknown property at {ex.Path}; {hint}", ex);
        }
        catch (JsonException ex)
        {
            throw new ConfigurationException($"{configuration.StackFilePath}: '{Namespace}:{key}' must be {TypeWords.For(typeof(T))}; {TypeWords.For(ex)}", ex);
        }
    }

    public T RequireObject<T>(string key) => GetObject<T>(key) ?? throw Missing(key, secret: false);

    public Output<string>? GetSecret(string key) => Get(key) is { } value ? Output.CreateSecret(value) : null;

    public Output<string> RequireSecret(string key) => GetSecret(key) ?? throw Missing(key, secret: true);

    /// <summary>True when the key is stored as a secret in the stack file.</summary>
    public bool IsSecret(string key) => Entry(key)?.IsSecret ?? false;

    private ConfigEntry? Entry(string key) => configuration.Find($"{Namespace}:{key}");

    private string Text(PropertyValue value, string key)
        => value.TryGetString(out var text) ? text : value.Type is PropertyValueType.Map or PropertyValueType.Array ? ToJson(value) : throw Invalid(key, "text", value.ToString());

    private static string ToJson(PropertyValue value) => value.Match(
        () => "null",
        b => b ? "true" : "false",
        n => n.ToString("R", CultureInfo.InvariantCulture),
        s => JsonSerializer.Serialize(s),
        a => "[" + string.Join(",", a.Select(ToJson)) + "]",
        m => "{" + string.Join(",", m.Select(p => $"{JsonSerializer.Serialize(p.Key)}:{ToJson(p.Value)}")) + "}",
        () => "null");

    private ConfigurationException Missing(string key, bool secret)
        => new($"Missing required configuration '{Namespace}:{key}': set it with `config set {(secret ? "--secret " : "")}{Namespace}:{key} <value>` (it goes in {System.IO.Path.GetFileName(configuration.StackFilePath)}).");

    private ConfigurationException Invalid(string key, string expected, string got)
        => new($"{System.IO.Path.GetFileName(configuration.StackFilePath)}: '{Namespace}:{key}' must be {expected}, got '{(IsSecret(key) ? "[secret]" : got)}'.");

    /// <summary>True when the JSON reads once unknown properties are skipped: what failed was an unknown property.</summary>
    private static bool IsUnknownProperty<T>(string json)
    {
        try
        {
            JsonSerializer.Deserialize<T>(json, LenientOptions);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>Every property name the JSON shape of <paramref name="type"/> has, nested objects and list items included.</summary>
    private static IEnumerable<string> PropertyNames(Type type, HashSet<Type> seen)
    {
        if (!seen.Add(type))
        {
            return [];
        }

        var info = ObjectOptions.GetTypeInfo(type);
        return info.Kind switch
        {
            JsonTypeInfoKind.Object => info.Properties.SelectMany(p => PropertyNames(p.PropertyType, seen).Prepend(p.Name)),
            JsonTypeInfoKind.Enumerable when info.ElementType is { } item => PropertyNames(item, seen),
            _ => [],
        };
    }
}
