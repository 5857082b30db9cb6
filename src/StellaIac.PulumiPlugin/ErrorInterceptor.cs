using Grpc.Core;
using Grpc.Core.Interceptors;

namespace StellaIac.PulumiPlugin;

/// <summary>
/// Turns a failed call into a gRPC status the Pulumi CLI prints as it stands: the message says what went
/// wrong and where (our messages never carry credentials), and the code says what kind: the plugin's own
/// classification first, then the kinds every plugin shares.
/// </summary>
internal sealed class ErrorInterceptor(Func<Exception, StatusCode?> statusOf) : Interceptor
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
            throw new RpcException(new Status(statusOf(ex) ?? CodeOf(ex), ex.Message));
        }
    }

    private static StatusCode CodeOf(Exception ex) => ex switch
    {
        OperationCanceledException => StatusCode.Cancelled,
        ArgumentException => StatusCode.InvalidArgument,
        InvalidOperationException => StatusCode.FailedPrecondition,
        _ => StatusCode.Unknown,
    };
}
