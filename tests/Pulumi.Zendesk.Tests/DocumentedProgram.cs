using Pulumi.Zendesk.Triggers;
using Pulumi.Zendesk.Webhooks;
using StellaIac.Engine.Program;

namespace Pulumi.Zendesk.Tests;

/// <summary>The program of docs/writing-programs.md, line for line (DocumentedProgramTests checks that the two agree).</summary>
internal static class DocumentedProgram
{
    public static Task<IDictionary<string, object?>> RunAsync()
    {
        var config = new Config();                       // the project's namespace
        var key = config.RequireSecret("stellaApiKey");  // Output<string>, secret
        var hook = new Webhook("stella", new WebhookArgs
        {
            Name = "Stella Connect",
            Endpoint = "https://api.stellaconnect.net/v1/auth",
            Authentication = new WebhookAuthenticationArgs { Username = "connect", Password = key },
        });
        var trigger = new Trigger("email", new TriggerArgs
        {
            Title = "Stella Connect Email",
            Conditions = new TriggerConditionsArgs { All = [new TriggerConditionArgs { Field = "status", Operator = "is", Value = "solved" }] },
            Actions = [new TriggerActionArgs { Field = "notification_webhook", Values = Output.All<string>(hook.Id, "{}") }],
        });
        return Task.FromResult<IDictionary<string, object?>>(new Dictionary<string, object?> { ["webhookId"] = hook.Id, ["triggerId"] = trigger.Id });
    }
}
