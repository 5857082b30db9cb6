using StellaIac.Zendesk.Emulator.Account;
using StellaIac.Zendesk.Emulator.Api;
using StellaIac.Zendesk.Emulator.OAuth;
using StellaIac.Zendesk.Emulator.Pipeline;
using StellaIac.Zendesk.Emulator.Stella;

namespace StellaIac.Zendesk.Emulator;

/// <summary>What the API and control endpoints share.</summary>
internal sealed record EmulatorServices(AccountStore Store, StellaConnectReceiver Stella, RequestLog Log, FaultInjector Faults, TimeProvider Time, string? PublicHost, OAuthIssuer OAuth)
{
    public ApiContext Context(HttpRequest http) => ApiContext.From(http, Time, PublicHost);

    /// <summary>Reads the envelope and checks its JSON types, then applies <paramref name="change"/> under the account lock, saving on success.</summary>
    public async Task<IResult> WriteAsync(HttpRequest http, string envelope, Func<EmulatorAccount, JsonObjectArgs, JsonAnswer> change)
    {
        var (body, error) = await RequestBody.ReadEnvelopeAsync(http, envelope);
        if (error is not null)
        {
            return error;
        }

        if (JsonShapes.Problems(envelope, body!) is { Count: > 0 } problems)
        {
            return Refuse(envelope, problems);
        }

        var context = Context(http);
        return Store.Write(account => change(account, new JsonObjectArgs(body!, context)), answer => answer.Succeeded);
    }

    /// <summary>Each API area's own envelope for a refused body: webhooks and trigger categories the newer <c>errors</c> list, the rest 422 <c>RecordInvalid</c>.</summary>
    private static JsonAnswer Refuse(string envelope, IReadOnlyList<(string Path, string Problem)> problems) => envelope switch
    {
        "webhook" => WebhooksApi.Invalid([.. problems]),
        "trigger_category" => ZendeskAnswers.Errors(StatusCodes.Status400BadRequest, [.. problems.Select(p => ("InvalidTriggerCategory", p.Problem))]),
        _ => ZendeskAnswers.RecordInvalid([.. problems]),
    };

    public IResult Write(HttpRequest http, Func<EmulatorAccount, ApiContext, JsonAnswer> change)
    {
        var context = Context(http);
        return Store.Write(account => change(account, context), answer => answer.Succeeded);
    }

    public IResult Read(HttpRequest http, Func<EmulatorAccount, ApiContext, JsonAnswer> read)
    {
        var context = Context(http);
        return Store.Read(account => read(account, context));
    }
}
