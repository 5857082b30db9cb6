namespace Pulumi.Zendesk.Schema;

/// <summary>One property of a resource: required, forces a replace, is secret, how it compares, what it is for.</summary>
internal sealed record PropertySpec(string Name, bool Required, bool ReplaceOnChange, bool Secret, Compare Compare, string? Description = null);
