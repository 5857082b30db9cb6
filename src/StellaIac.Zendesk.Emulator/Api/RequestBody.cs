using System.Text.Json;
using System.Text.Json.Nodes;

namespace StellaIac.Zendesk.Emulator.Api;

/// <summary>Reads a request's JSON body, answering Zendesk's 400 for what is not a JSON object and 413 past <see cref="MaxBytes"/>.</summary>
internal static class RequestBody
{
    /// <summary>The largest body read (API and control endpoints alike): far above any real request, far below what would exhaust memory.</summary>
    public const int MaxBytes = 8 * 1024 * 1024;

    public static async Task<(JsonObject? Body, JsonAnswer? Error)> ReadAsync(HttpRequest request)
    {
        var ct = request.HttpContext.RequestAborted;
        if (request.ContentLength > MaxBytes)
        {
            return (null, TooLarge());
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return (null, TooLarge());
            }

            buffer.Write(chunk, 0, read);
        }

        try
        {
            return JsonNode.Parse(buffer.ToArray()) is JsonObject body ? (body, null) : (null, ZendeskAnswers.BadRequest("The request body must be a JSON object."));
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

    private static JsonAnswer TooLarge()
        => new(StatusCodes.Status413PayloadTooLarge, new JsonObject { ["error"] = "RequestTooLarge", ["description"] = $"The request body is larger than {MaxBytes / (1024 * 1024)} MB." });
}
