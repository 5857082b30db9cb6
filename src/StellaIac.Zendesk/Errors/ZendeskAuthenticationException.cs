using System.Net;

namespace StellaIac.Zendesk.Errors;

/// <summary>401: the credentials were refused (wrong email, token or OAuth token, or the user cannot use the API).</summary>
public sealed class ZendeskAuthenticationException(HttpMethod method, string path, HttpStatusCode status, ZendeskError error)
    : ZendeskException(method, path, status, error);
