namespace Pulumi.Zendesk;

/// <summary>One key of the provider's configuration (namespace <c>zendesk:</c>): its name, what it is, whether it is a credential.</summary>
public sealed record ConfigVariable(string Name, string Description, bool Secret = false);
