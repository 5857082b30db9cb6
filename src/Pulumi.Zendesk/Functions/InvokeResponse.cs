using System.Collections.Immutable;
using StellaIac.Engine.Deploy;
using StellaIac.Engine.Values;

namespace Pulumi.Zendesk.Functions;

/// <summary>What a function returns, or the failures that say why it could not (as Pulumi's Invoke answers).</summary>
public sealed record InvokeResponse(ImmutableDictionary<string, PropertyValue> Return, IReadOnlyList<Diagnostic> Failures)
{
    public static InvokeResponse Of(ImmutableDictionary<string, PropertyValue> result) => new(result, []);

    public static InvokeResponse Failed(string property, string reason) => new(PropertyMap.Empty, [Diagnostic.Invalid(property, reason)]);
}
