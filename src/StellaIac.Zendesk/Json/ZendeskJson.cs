using System.Text.Json;
using System.Text.Json.Serialization;
using StellaIac.Zendesk.Rules;

namespace StellaIac.Zendesk.Json;

/// <summary>The JSON conventions of the Zendesk API: snake_case names, nulls left out, ids read from strings or numbers.</summary>
public static class ZendeskJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DictionaryKeyPolicy = null,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            NumberHandling = JsonNumberHandling.AllowReadingFromString,
        };
        options.Converters.Add(new LenientStringConverter());
        options.Converters.Add(new RuleValueConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
