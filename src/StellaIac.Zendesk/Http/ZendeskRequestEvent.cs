using System.Net;

namespace StellaIac.Zendesk.Http;

/// <summary>One attempt at one request, as the client saw it. Holds no credential and no body.</summary>
public sealed record ZendeskRequestEvent(
    HttpMethod Method,
    string Path,
    int Attempt,
    HttpStatusCode? Status,
    TimeSpan Elapsed,
    TimeSpan ThrottleDelay,
    string? Failure);
