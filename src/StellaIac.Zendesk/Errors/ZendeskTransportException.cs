namespace StellaIac.Zendesk.Errors;

/// <summary>No response came back: Zendesk was unreachable, the connection dropped or the attempt timed out.</summary>
public sealed class ZendeskTransportException(HttpMethod method, string path, string reason, Exception inner)
    : ZendeskException(method, path, null, ZendeskError.Empty, $"Zendesk {method} {path} failed: {reason}.", inner)
{
    /// <summary>True when the request may have reached Zendesk and been applied (a create must not be resent blindly).</summary>
    public bool MayHaveBeenApplied { get; init; }
}
