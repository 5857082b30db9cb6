using Grpc.Core;
using StellaIac.Engine.Configuration;
using StellaIac.Engine.PulumiHost;
using StellaIac.Zendesk.Errors;

namespace Pulumi.Zendesk.Provider;

/// <summary>What kind of failure each of the Zendesk provider's errors is, as a gRPC status code; null for the kinds every plugin shares.</summary>
internal static class ZendeskErrorStatus
{
    public static StatusCode? Of(Exception ex) => ex switch
    {
        // Bad configuration, or a value on the wire no Zendesk property holds (an asset).
        ConfigurationException or PulumiHostException or ZendeskValidationException => StatusCode.InvalidArgument,
        ZendeskAuthenticationException => StatusCode.Unauthenticated,
        ZendeskForbiddenException => StatusCode.PermissionDenied,
        ZendeskNotFoundException => StatusCode.NotFound,
        ZendeskRateLimitException => StatusCode.ResourceExhausted,
        ZendeskTransportException or ZendeskServerException => StatusCode.Unavailable,
        _ => null,
    };
}
