using System.Buffers;
using System.Text;
using System.Text.Json;

namespace StellaIac.Zendesk.Json;

internal static class JsonNumberText
{
    /// <summary>A number token's text exactly as sent, so that 360000217439 stays 360000217439.</summary>
    public static string Read(ref Utf8JsonReader reader)
        => Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan);
}
