using System.Net;
using StellaIac.Zendesk.Errors;

namespace Pulumi.Zendesk;

/// <summary>
/// Failures of the whole account, not of one resource, said in the stack's words: refused credentials name the
/// config keys to check, an unreachable Zendesk the key that names it. Every resource meeting one gets the same
/// message, without the request's path, so a run reports the cause once.
/// </summary>
internal sealed class AccountFailures(string credentialKeys, string endpointKey)
{
    public async Task<T> Guard<T>(Func<Task<T>> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        try
        {
            return await call();
        }
        // The token endpoint's refusal already names the OAuth client and its keys, and is the same for every resource.
        catch (ZendeskAuthenticationException ex) when (!ex.Path.StartsWith("/oauth/", StringComparison.Ordinal))
        {
            throw new ZendeskAuthenticationException(ex.Method, ex.Path, ex.Status ?? HttpStatusCode.Unauthorized, ex.Error, $"Zendesk refused the credentials ({Said(ex, "Unauthorized")}): check {credentialKeys}.");
        }
        catch (ZendeskForbiddenException ex) when (ex.Error.Code == "Forbidden")
        {
            throw new ZendeskForbiddenException(ex.Method, ex.Path, ex.Status ?? HttpStatusCode.Forbidden, ex.Error, $"Zendesk refused access ({Said(ex, "Forbidden")}): the user of {credentialKeys} must be an admin of the account.");
        }
        catch (ZendeskTransportException ex) when (ex.NeverConnected)
        {
            throw new ZendeskTransportException(ex.Method, ex.Path, ex.Reason, ex, $"Zendesk could not be reached: {ex.Reason}. Check {endpointKey} and the network.") { MayHaveBeenApplied = false };
        }
    }

    public Task Guard(Func<Task> call) => Guard(async () =>
    {
        await call();
        return true;
    });

    private static string Said(ZendeskException ex, string phrase)
    {
        var said = ex.Error.ToString();
        var status = $"{(int)(ex.Status ?? 0)} {phrase}";
        return said.Length == 0 ? status : $"{status}: {said}";
    }
}
