namespace Pulumi.Zendesk.Schema;

/// <summary>How a property's old and new values are compared.</summary>
internal enum Compare
{
    /// <summary>Equal values, lists in order.</summary>
    Exact,

    /// <summary>A rule's conditions: <c>all</c> and <c>any</c> each compared as a set, values as strings.</summary>
    ConditionSets,

    /// <summary>Compared by the fingerprint kept in the outputs (the value is write-only in Zendesk).</summary>
    Fingerprint,
}
