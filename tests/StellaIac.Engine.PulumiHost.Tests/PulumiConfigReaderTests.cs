using StellaIac.Engine.Values;

namespace StellaIac.Engine.PulumiHost.Tests;

public sealed class PulumiConfigReaderTests
{
    [Fact]
    public void Keys_listed_as_secret_stay_secret_and_legacy_keys_read_as_namespace_and_name()
    {
        var config = PulumiConfigReader.Read("stella-iac", """{"stella-iac:stellaApiKey":"k","stella-iac:config:goLive":"true","integration":"{\"channels\":[]}"}""", """["stella-iac:stellaApiKey"]""");

        Assert.True(config.Find("stella-iac:stellaApiKey")!.IsSecret);
        Assert.Equal(new PropertyValue("k"), config.Find("stella-iac:stellaApiKey")!.Value);
        Assert.False(config.Find("stella-iac:goLive")!.IsSecret);
        Assert.Equal(new PropertyValue("true"), config.Find("stella-iac:goLive")!.Value);
        Assert.Equal(new PropertyValue("""{"channels":[]}"""), config.Find("stella-iac:integration")!.Value);
    }

    [Theory]
    [InlineData("{not json", "[]", "PULUMI_CONFIG is not valid JSON")]
    [InlineData("[]", "[]", "PULUMI_CONFIG must be a JSON object")]
    [InlineData("{}", "{}", "PULUMI_CONFIG_SECRET_KEYS must be a JSON array")]
    [InlineData("{}", "[1]", "PULUMI_CONFIG_SECRET_KEYS[0] must be a config key")]
    [InlineData("""{"a:b:c:d":"x"}""", "[]", "PULUMI_CONFIG: 'a:b:c:d' is not a config key")]
    public void Malformed_config_is_an_error_naming_the_variable(string config, string secretKeys, string expected)
    {
        var error = Assert.Throws<PulumiHostException>(() => PulumiConfigReader.Read("stella-iac", config, secretKeys));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_environment_names_a_variable_that_is_missing_or_malformed()
    {
        var variables = new Dictionary<string, string> { ["PULUMI_MONITOR"] = "127.0.0.1:1", ["PULUMI_ENGINE"] = "127.0.0.1:2", ["PULUMI_PROJECT"] = "p", ["PULUMI_DRY_RUN"] = "true" };

        var missing = Assert.Throws<PulumiHostException>(() => PulumiEnvironment.Read(variables.GetValueOrDefault));
        variables["PULUMI_STACK"] = "test";
        variables["PULUMI_DRY_RUN"] = "maybe";
        var malformed = Assert.Throws<PulumiHostException>(() => PulumiEnvironment.Read(variables.GetValueOrDefault));

        Assert.StartsWith("PULUMI_STACK is not set", missing.Message, StringComparison.Ordinal);
        Assert.Equal("PULUMI_DRY_RUN must be true or false, got 'maybe'.", malformed.Message);
        Assert.False(PulumiEnvironment.StartedByLanguageHost(["up"], variables.GetValueOrDefault));
        Assert.True(PulumiEnvironment.StartedByLanguageHost([], variables.GetValueOrDefault));
    }
}
