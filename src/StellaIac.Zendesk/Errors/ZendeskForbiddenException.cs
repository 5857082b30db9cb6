using System.Net;

namespace StellaIac.Zendesk.Errors;

/// <summary>403: the credentials are valid but not allowed to do this (an admin role is needed).</summary>
public sealed class ZendeskForbiddenException(HttpMethod method, string path, HttpStatusCode status, ZendeskError error, string? message = null)
    : ZendeskException(method, path, status, error, message);
