namespace Pulumi.Zendesk.Functions;

/// <summary>
/// One argument or result of a function: its .NET type (for the schema), or, for a list of objects, the
/// token of the object type it lists.
/// </summary>
internal sealed record FunctionProperty(string Name, Type ClrType, string Description, bool Required = false, string? ItemsType = null);
