using System.Net;

namespace StellaIac.Zendesk.Errors;

/// <summary>400 or 422: Zendesk refused the input. <see cref="ZendeskException.Error"/> lists what, field by field.</summary>
public sealed class ZendeskValidationException(HttpMethod method, string path, HttpStatusCode status, ZendeskError error)
    : ZendeskException(method, path, status, error)
{
    public IReadOnlyList<ZendeskFieldError> Details => Error.Details;
}
