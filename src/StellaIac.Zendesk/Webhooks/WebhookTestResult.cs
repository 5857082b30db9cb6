namespace StellaIac.Zendesk.Webhooks;

/// <summary>What the endpoint answered to a test delivery.</summary>
public sealed record WebhookTestResult(int Status, string? Body);
