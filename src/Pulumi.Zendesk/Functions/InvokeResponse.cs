using System.Collections.Immutable;
using StellaIac.Engine.Providers;
using StellaIac.Engine.Values;

namespace Pulumi.Zendesk.Functions;

/// <summary>What a function returns, or the failures that say why it could not (as Pulumi's Invoke answers).</summary>
public sealed record InvokeResponse(ImmutableDictionary<string, PropertyValue> Return, IReadOnlyList<CheckFailure> Failures)
{
    public static InvokeResponse Of(ImmutableDictionary<string, PropertyValue> result) => new(result, []);

    public static InvokeResponse Failed(string property, string reason) => new(PropertyMap.Empty, [new CheckFailure(property, reason)]);
}
