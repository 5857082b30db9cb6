using System.Net;

namespace StellaIac.Zendesk.Errors;

/// <summary>404: the object (or the endpoint) does not exist.</summary>
public sealed class ZendeskNotFoundException(HttpMethod method, string path, HttpStatusCode status, ZendeskError error)
    : ZendeskException(method, path, status, error);
