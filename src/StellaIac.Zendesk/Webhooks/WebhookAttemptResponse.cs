using System.Text.Json;
using System.Text.Json.Serialization;

namespace StellaIac.Zendesk.Webhooks;

/// <summary>An attempt's <c>response</c> as live Zendesk accounts return it; the payload may be text or JSON.</summary>
public sealed record WebhookAttemptResponse
{
    public JsonElement? Payload { get; init; }

    [JsonIgnore]
    public string? PayloadText => Payload switch
    {
        null => null,
        { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => null,
        { ValueKind: JsonValueKind.String } text => text.GetString(),
        { } json => json.GetRawText(),
    };
}
