using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Pulumi.Zendesk.Provider.Tests;

/// <summary>Calls a method of Pulumi's service that our protos leave out, to see what the plugin answers.</summary>
public sealed class UnservedMethodCaller(CallInvoker invoker)
{
    public async Task<StatusCode> CallAsync(string method)
    {
        var descriptor = new Method<Empty, Empty>(MethodType.Unary, "pulumirpc.ResourceProvider", method, Marshallers.Create(m => m.ToByteArray(), Empty.Parser.ParseFrom), Marshallers.Create(m => m.ToByteArray(), Empty.Parser.ParseFrom));
        try
        {
            await invoker.AsyncUnaryCall(descriptor, null, new CallOptions(), new Empty());
            return StatusCode.OK;
        }
        catch (RpcException ex)
        {
            return ex.StatusCode;
        }
    }
}
