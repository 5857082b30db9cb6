using System.Net;

namespace StellaIac.Zendesk.Errors;

/// <summary>5xx: Zendesk failed to answer the request.</summary>
public sealed class ZendeskServerException(HttpMethod method, string path, HttpStatusCode status, ZendeskError error)
    : ZendeskException(method, path, status, error);
