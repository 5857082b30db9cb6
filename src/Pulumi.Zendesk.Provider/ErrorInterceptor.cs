using Grpc.Core;
using Grpc.Core.Interceptors;
using StellaIac.Engine.Configuration;
using StellaIac.Zendesk.Errors;

namespace Pulumi.Zendesk.Provider;

/// <summary>
/// Turns a failed call into a gRPC status the Pulumi CLI prints as it stands: the message says what went
/// wrong and where (the Zendesk client's messages never carry credentials), and the code says what kind.
/// </summary>
internal sealed class ErrorInterceptor : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        ArgumentNullException.ThrowIfNull(continuation);
        try
        {
            return await continuation(request, context);
        }
        catch (Exception ex) when (ex is not RpcException)
        {
            throw new RpcException(new Status(CodeOf(ex), ex.Message));
        }
    }

    private static StatusCode CodeOf(Exception ex) => ex switch
    {
        OperationCanceledException => StatusCode.Cancelled,
        ConfigurationException or ArgumentException or ZendeskValidationException => StatusCode.InvalidArgument,
        InvalidOperationException => StatusCode.FailedPrecondition,
        ZendeskAuthenticationException => StatusCode.Unauthenticated,
        ZendeskForbiddenException => StatusCode.PermissionDenied,
        ZendeskNotFoundException => StatusCode.NotFound,
        ZendeskRateLimitException => StatusCode.ResourceExhausted,
        ZendeskTransportException or ZendeskServerException => StatusCode.Unavailable,
        _ => StatusCode.Unknown,
    };
}
