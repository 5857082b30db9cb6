namespace Pulumi.Zendesk;

/// <summary>One key of the provider's configuration (namespace <c>zendesk:</c>): what it is for, and whether it is a credential kept secret.</summary>
public sealed record ProviderConfigKey(string Name, string Description, bool Secret = false);
