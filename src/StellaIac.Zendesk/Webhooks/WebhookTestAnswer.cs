namespace StellaIac.Zendesk.Webhooks;

/// <summary>
/// The test endpoint's answer. Zendesk's reference shows <c>{"response":{status, body}}</c>; its OpenAPI file
/// <c>{"test":{response_code, response_body}}</c>. Both are read.
/// </summary>
internal sealed record WebhookTestAnswer
{
    public TestResponse? Response { get; init; }

    public TestOutcome? Test { get; init; }

    public WebhookTestResult ToResult()
        => Response is { } r ? new WebhookTestResult(r.Status, r.Body)
            : Test is { } t ? new WebhookTestResult(t.ResponseCode, t.ResponseBody)
            : throw new InvalidOperationException("The webhook test answer has neither 'response' nor 'test'.");

    internal sealed record TestResponse(int Status, string? Body);

    internal sealed record TestOutcome(int ResponseCode, string? ResponseBody);
}
