using System.Collections.Immutable;
using StellaIac.Engine.Values;
using StellaIac.Zendesk;

namespace Pulumi.Zendesk.Functions;

/// <summary>A function a Pulumi program invokes: its token, what it does, its arguments and results, and the look-up itself.</summary>
internal sealed record FunctionSpec(
    string Token,
    string Description,
    IReadOnlyList<FunctionProperty> Inputs,
    IReadOnlyList<FunctionProperty> Outputs,
    Func<ZendeskClient, ImmutableDictionary<string, PropertyValue>, CancellationToken, Task<InvokeResponse>> Invoke,
    IReadOnlyList<ObjectTypeSpec>? Types = null);
