using System.Text.Json.Nodes;

namespace StellaIac.Zendesk.Emulator.Api;

/// <summary>
/// POST /api/v2/webhooks/test. The request is read from <c>request</c> (Zendesk's reference) or
/// <c>webhook</c> (its OpenAPI file); an existing webhook fills in what the request leaves out. The answer
/// carries both shapes, <c>response</c> and <c>test</c>, as the two sources disagree.
/// </summary>
internal static class WebhookTests
{
    public static async Task<IResult> TestAsync(HttpRequest http, EmulatorServices services)
    {
        var (body, error) = await RequestBody.ReadAsync(http);
        if (error is not null)
        {
            return error;
        }

        if ((body!["request"] ?? body["webhook"]) is not JsonObject request)
        {
            return ZendeskAnswers.BadRequest("The request body must hold a 'request' object.");
        }

        var webhookId = http.Query["webhook_id"].ToString();
        var context = services.Context(http);
        return services.Store.Write(
            account =>
            {
                var settings = new JsonObject();
                if (webhookId.Length > 0)
                {
                    if (WebhooksApi.Find(account, webhookId) is not { } webhook)
                    {
                        return WebhooksApi.NotFound();
                    }

                    settings = webhook.DeepClone().AsObject();
                    if (request["authentication"] is JsonObject given && JsonRead.Text(given["type"]) != JsonRead.Text(settings["authentication"]?["type"]))
                    {
                        settings.Remove("authentication");
                    }
                }

                JsonRead.Merge(settings, request);
                settings["http_method"] ??= "POST";
                if (JsonRead.IsBlank(settings["endpoint"]))
                {
                    return ZendeskAnswers.Errors(StatusCodes.Status400BadRequest, ("InvalidValue", "endpoint is required"));
                }

                var result = WebhookDeliveries.Send(services.Stella, account, settings, JsonRead.Text(request["payload"]) ?? "", context.Now);
                return JsonAnswer.Ok(new JsonObject
                {
                    ["response"] = new JsonObject { ["status"] = result.Status, ["body"] = result.Error ?? result.Body, ["headers"] = new JsonArray() },
                    ["test"] = new JsonObject
                    {
                        ["status"] = result.InvocationStatus,
                        ["message"] = result.Error,
                        ["response_code"] = result.Status,
                        ["response_body"] = result.Error ?? result.Body,
                    },
                });
            },
            answer => answer.Succeeded);
    }
}
