using System.Text.Json;
using System.Text.Json.Serialization;
using StellaIac.Zendesk.Json;

namespace StellaIac.Zendesk.Rules;

internal sealed class RuleValueConverter : JsonConverter<RuleValue>
{
    public override bool HandleNull => true;

    public override RuleValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return RuleValue.None;
            case JsonTokenType.StartArray:
                var items = new List<string>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ScalarText(ref reader));
                }

                return RuleValue.List(items);
            default:
                return RuleValue.Of(ScalarText(ref reader));
        }
    }

    public override void Write(Utf8JsonWriter writer, RuleValue value, JsonSerializerOptions options)
    {
        if (value.Items is { } items)
        {
            writer.WriteStartArray();
            foreach (var item in items)
            {
                writer.WriteStringValue(item);
            }

            writer.WriteEndArray();
        }
        else if (value.Scalar is { } scalar)
        {
            writer.WriteStringValue(scalar);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static string ScalarText(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString()!,
        JsonTokenType.Number => JsonNumberText.Read(ref reader),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => "",
        _ => throw new JsonException($"A condition or action value cannot be {reader.TokenType}."),
    };
}
