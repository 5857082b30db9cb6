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

    /// <summary>Reads the envelope, then applies <paramref name="change"/> under the account lock, saving on success.</summary>
    public async Task<IResult> WriteAsync(HttpRequest http, string envelope, Func<EmulatorAccount, JsonObjectArgs, JsonAnswer> change)
    {
        var (body, error) = await RequestBody.ReadEnvelopeAsync(http, envelope);
        if (error is not null)
        {
            return error;
        }

        var context = Context(http);
        return Store.Write(account => change(account, new JsonObjectArgs(body!, context)), answer => answer.Succeeded);
    }

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
