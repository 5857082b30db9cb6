using System.Collections.Immutable;
using StellaIac.Engine.Program;
using StellaIac.Engine.Testing;
using StellaIac.Engine.Values;

namespace StellaIac.Engine.Tests;

public sealed class HarnessTests
{
    [Fact]
    public async Task A_program_runs_against_mocks_and_returns_its_resources_and_inputs()
    {
        var result = await ProgramTester.RunAsync(() => new Group("g", 3));

        Assert.Single(result.OfType<Group>());
        Assert.Equal(3, result.OfType<Thing>().Count());
        var child = result.Registration("g-2");
        Assert.Equal("urn:pulumi:stack::project::test:index:Group$test:index:Thing::g-2", child.Urn);
        Assert.Equal("urn:pulumi:stack::project::test:index:Group::g", child.Parent);
        Assert.Equal("g-2", child.Inputs.GetString("name"));
        Assert.Empty(result.Failures);
    }

    [Fact]
    public async Task Mocks_decide_ids_and_outputs()
    {
        var thing = (Thing?)null;
        await ProgramTester.RunAsync(() => thing = new Thing("a", new ThingArgs { Name = "alpha" }), new FixedMocks());

        Assert.Equal("fixed-7", (await ProgramTester.ValueOf(thing!.Id)).Value);
        Assert.Equal("from mock", (await ProgramTester.ValueOf(thing.Label)).Value);
    }

    [Fact]
    public async Task Config_reaches_the_program_and_a_missing_key_names_the_stack_file()
    {
        string? region = null;
        var result = await ProgramTester.RunAsync(
            () =>
            {
                var config = new Config();
                region = config.Require("region");
                config.Require("absent");
            },
            options: new TestOptions { Config = new Dictionary<string, string> { ["region"] = "eu" } });

        Assert.Equal("eu", region);
        var failure = Assert.Single(result.Failures);
        Assert.Contains("Missing required configuration 'project:absent'", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Pulumi.stack.yaml", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_required_argument_is_a_failure_naming_it()
    {
        var result = await ProgramTester.RunAsync(() => new Thing("a", new ThingArgs()));

        Assert.Contains(result.Failures, f => f.Message.Contains("the argument 'name' is required", StringComparison.Ordinal));
    }

    private sealed class FixedMocks : IMocks
    {
        public Task<(string? Id, ImmutableDictionary<string, PropertyValue> Outputs)> NewResourceAsync(MockResourceArgs args)
            => Task.FromResult<(string?, ImmutableDictionary<string, PropertyValue>)>(("fixed-7", args.Inputs.SetItem("label", "from mock")));
    }
}
