using System.Collections.Immutable;
using StellaIac.Engine.Values;

namespace StellaIac.Engine.Providers;

/// <summary>The new object's id (null in a preview) and its outputs.</summary>
public sealed record CreateResponse(string? Id, ImmutableDictionary<string, PropertyValue> Outputs)
{
    /// <summary>What the user should know about how the create went (an answer lost and recovered), or null.</summary>
    public string? Note { get; init; }
}
