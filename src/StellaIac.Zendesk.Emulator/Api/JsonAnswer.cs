using System.Text;
using System.Text.Json.Nodes;

namespace StellaIac.Zendesk.Emulator.Api;

/// <summary>An API answer: a status and a JSON body (none for 204).</summary>
internal sealed class JsonAnswer(int status, JsonNode? body) : IResult
{
    public int Status { get; } = status;

    public JsonNode? Body { get; } = body;

    public bool Succeeded => Status < 400;

    public static JsonAnswer Ok(JsonNode body) => new(StatusCodes.Status200OK, body);

    public static JsonAnswer Created(JsonNode body) => new(StatusCodes.Status201Created, body);

    public static JsonAnswer NoContent() => new(StatusCodes.Status204NoContent, null);

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = Status;
        if (Body is null)
        {
            return;
        }

        httpContext.Response.ContentType = "application/json; charset=utf-8";
        await httpContext.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(Body.ToJsonString()));
    }
}
