namespace Pulumi.Zendesk.Functions;

/// <summary>An object type a function returns (listed under the package schema's <c>types</c>).</summary>
internal sealed record ObjectTypeSpec(string Token, string Description, IReadOnlyList<FunctionProperty> Properties);
