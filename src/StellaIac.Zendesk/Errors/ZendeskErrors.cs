using System.Net;

namespace StellaIac.Zendesk.Errors;

/// <summary>The one table from HTTP status to exception type.</summary>
public static class ZendeskErrors
{
    public static ZendeskException FromResponse(HttpMethod method, string path, HttpStatusCode status, ZendeskError error, TimeSpan? retryAfter) => status switch
    {
        HttpStatusCode.Unauthorized => new ZendeskAuthenticationException(method, path, status, error),
        HttpStatusCode.Forbidden => new ZendeskForbiddenException(method, path, status, error),
        HttpStatusCode.NotFound => new ZendeskNotFoundException(method, path, status, error),
        HttpStatusCode.Conflict => new ZendeskConflictException(method, path, status, error),
        HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity => new ZendeskValidationException(method, path, status, error),
        HttpStatusCode.TooManyRequests => new ZendeskRateLimitException(method, path, error, retryAfter),
        >= HttpStatusCode.InternalServerError => new ZendeskServerException(method, path, status, error),
        _ => new ZendeskException(method, path, status, error),
    };
}
