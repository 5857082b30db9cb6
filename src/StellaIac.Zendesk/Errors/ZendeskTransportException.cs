namespace StellaIac.Zendesk.Errors;

/// <summary>No response came back: Zendesk was unreachable, the connection dropped or the attempt timed out.</summary>
public sealed class ZendeskTransportException(HttpMethod method, string path, string reason, Exception inner, string? message = null)
    : ZendeskException(method, path, null, ZendeskError.Empty, message ?? $"Zendesk {method} {path} failed: {reason}.", inner)
{
    /// <summary>Why no response came back, without the request (e.g. <c>could not connect to acme.zendesk.com (5 attempt(s))</c>).</summary>
    public string Reason { get; } = reason;

    /// <summary>True when no connection was ever made: the whole account is unreachable, not this one request.</summary>
    public bool NeverConnected => !MayHaveBeenApplied && InnerException is HttpRequestException;

    /// <summary>True when the request may have reached Zendesk and been applied (a create must not be resent blindly).</summary>
    public bool MayHaveBeenApplied { get; init; }
}
