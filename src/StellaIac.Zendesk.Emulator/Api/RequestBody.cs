using System.Text.Json;
using System.Text.Json.Nodes;

namespace StellaIac.Zendesk.Emulator.Api;

/// <summary>Reads a request's JSON body, answering Zendesk's 400 for what is not a JSON object.</summary>
internal static class RequestBody
{
    public static async Task<(JsonObject? Body, JsonAnswer? Error)> ReadAsync(HttpRequest request)
    {
        try
        {
            var node = await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
            return node is JsonObject body ? (body, null) : (null, ZendeskAnswers.BadRequest("The request body must be a JSON object."));
        }
        catch (JsonException ex)
        {
            return (null, ZendeskAnswers.BadRequest($"The request body is not valid JSON: {ex.Message}"));
        }
    }

    /// <summary>The object under <paramref name="envelope"/>, or Zendesk's 400 when it is missing.</summary>
    public static async Task<(JsonObject? Body, JsonAnswer? Error)> ReadEnvelopeAsync(HttpRequest request, string envelope)
    {
        var (body, error) = await ReadAsync(request);
        if (error is not null)
        {
            return (null, error);
        }

        return body![envelope] is JsonObject inner
            ? (inner, null)
            : (null, ZendeskAnswers.BadRequest($"The request body must hold a '{envelope}' object."));
    }
}
