using System.Text.Json.Nodes;

namespace StellaIac.Zendesk.Emulator.Api;

/// <summary>Zendesk's error bodies, in the envelope each API area uses.</summary>
internal static class ZendeskAnswers
{
    /// <summary>422 in the classic envelope, with per-field details.</summary>
    public static JsonAnswer RecordInvalid(params (string Field, string Description)[] details)
    {
        var fields = new JsonObject();
        foreach (var group in details.GroupBy(d => d.Field))
        {
            fields[group.Key] = new JsonArray([.. group.Select(d => new JsonObject { ["description"] = d.Description, ["error"] = "InvalidValue" })]);
        }

        return new JsonAnswer(StatusCodes.Status422UnprocessableEntity, new JsonObject
        {
            ["error"] = "RecordInvalid",
            ["description"] = "Record validation errors",
            ["details"] = fields,
        });
    }

    public static JsonAnswer RecordNotFound()
        => new(StatusCodes.Status404NotFound, new JsonObject { ["error"] = "RecordNotFound", ["description"] = "Not found" });

    /// <summary>The newer <c>{"errors":[{code,title}]}</c> envelope (trigger categories, webhooks).</summary>
    public static JsonAnswer Errors(int status, params (string Code, string Title)[] errors)
        => new(status, new JsonObject { ["errors"] = new JsonArray([.. errors.Select(e => new JsonObject { ["code"] = e.Code, ["title"] = e.Title })]) });

    public static JsonAnswer BadRequest(string description)
        => new(StatusCodes.Status400BadRequest, new JsonObject { ["error"] = "InvalidRequest", ["description"] = description });

    public static JsonAnswer Forbidden(string description)
        => new(StatusCodes.Status403Forbidden, new JsonObject { ["error"] = "Forbidden", ["description"] = description });
}
