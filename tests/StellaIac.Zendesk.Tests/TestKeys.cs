namespace StellaIac.Zendesk.Tests;

internal static class TestKeys
{
    public const string StellaTest = "stella-test-key-7f3a";
    public const string StellaProduction = "stella-prod-key-91bc";
}
