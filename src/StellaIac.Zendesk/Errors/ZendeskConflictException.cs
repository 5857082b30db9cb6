using System.Net;

namespace StellaIac.Zendesk.Errors;

/// <summary>409: the request conflicts with the object's current state (a concurrent change).</summary>
public sealed class ZendeskConflictException(HttpMethod method, string path, HttpStatusCode status, ZendeskError error)
    : ZendeskException(method, path, status, error);
