namespace Pulumi.Zendesk.Schema;

/// <summary>An output Zendesk fills in (not an input echoed back): its name, .NET type and what it is.</summary>
internal sealed record OutputSpec(string Name, Type ClrType, string? Description);
