using System.Net;

namespace StellaIac.Zendesk.Errors;

/// <summary>401: the credentials were refused (wrong email, token, OAuth token or OAuth client, or the user cannot use the API).</summary>
public sealed class ZendeskAuthenticationException(HttpMethod method, string path, HttpStatusCode status, ZendeskError error, string? message = null)
    : ZendeskException(method, path, status, error, message);
