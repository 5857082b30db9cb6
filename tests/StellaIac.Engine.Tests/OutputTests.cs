using System.Collections.Immutable;
using StellaIac.Engine.Program;
using StellaIac.Engine.Testing;
using StellaIac.Engine.Values;

namespace StellaIac.Engine.Tests;

public sealed class OutputTests
{
    [Fact]
    public async Task Apply_keeps_a_value_known_and_not_secret()
    {
        var (value, known, secret) = await ProgramTester.ValueOf(Output.Create(2).Apply(n => n * 21));

        Assert.Equal((42, true, false), (value, known, secret));
    }

    [Fact]
    public async Task Secretness_flows_through_Apply_All_and_Format()
    {
        var key = Output.CreateSecret("k-123");

        var applied = await ProgramTester.ValueOf(key.Apply(k => k.Length));
        var all = await ProgramTester.ValueOf(Output.All<string>(key, Output.Create("plain")));
        var formatted = await ProgramTester.ValueOf(Output.Format($"connect:{key}"));

        Assert.True(applied.IsSecret);
        Assert.True(all.IsSecret);
        Assert.Equal(("connect:k-123", true), (formatted.Value, formatted.IsSecret));
    }

    [Fact]
    public async Task An_unknown_stays_unknown_through_Apply_All_and_Format_and_the_function_is_not_called()
    {
        var called = false;
        var unknown = Output.Unknown<string>();

        var applied = await ProgramTester.ValueOf(unknown.Apply(u => { called = true; return u.Length; }));
        var all = await ProgramTester.ValueOf(Output.All<string>(unknown, Output.Create("x")));
        var formatted = await ProgramTester.ValueOf(Output.Format($"id {unknown}"));

        Assert.False(called);
        Assert.False(applied.IsKnown);
        Assert.False(all.IsKnown);
        Assert.False(formatted.IsKnown);
    }

    [Fact]
    public async Task Tuple_pairs_two_outputs_and_keeps_their_secretness()
    {
        var pair = await ProgramTester.ValueOf(Output.Tuple<string, int>(Output.CreateSecret("k"), 3));
        var unknown = await ProgramTester.ValueOf(Output.Tuple<string, int>(Output.Unknown<string>(), 3));

        Assert.Equal((("k", 3), true, true), (pair.Value, pair.IsKnown, pair.IsSecret));
        Assert.False(unknown.IsKnown);
    }

    [Fact]
    public async Task Apply_returning_an_output_flattens_it_and_keeps_its_secretness()
    {
        var nested = await ProgramTester.ValueOf(Output.Create("a").Apply(a => Output.CreateSecret(a + "b")));

        Assert.Equal(("ab", true, true), (nested.Value, nested.IsKnown, nested.IsSecret));
    }

    [Fact]
    public async Task An_output_of_a_resource_carries_that_resource_as_a_dependency()
    {
        var result = await ProgramTester.RunAsync(() =>
        {
            var a = new Thing("a", new ThingArgs { Name = "alpha" });
            _ = new Thing("b", new ThingArgs { Name = "beta", Peer = a.Label.Apply(l => l + "!") });
        });

        var b = result.Registration("b");
        Assert.Equal(["urn:pulumi:stack::project::test:index:Thing::a"], b.Dependencies.ToArray());
        Assert.Equal(["urn:pulumi:stack::project::test:index:Thing::a"], b.PropertyDependencies["peer"].ToArray());
    }

    [Fact]
    public async Task Secret_and_unknown_inputs_arrive_marked_at_the_monitor()
    {
        var result = await ProgramTester.RunAsync(() => new Thing("a", new ThingArgs { Name = Output.Unknown<string>(), Password = Output.CreateSecret("p") }));

        var inputs = result.Registration("a").Inputs;
        Assert.True(inputs["name"].IsComputed);
        Assert.True(inputs["password"].IsSecret);
        Assert.Equal("[secret]", inputs["password"].ToString());
    }

    [Fact]
    public void Property_values_compare_by_value_and_print_no_secret()
    {
        var a = PropertyValue.FromMap(ImmutableDictionary<string, PropertyValue>.Empty.Add("x", new PropertyValue(1)).Add("y", PropertyValue.FromArray(["s"])));
        var b = PropertyValue.FromMap(ImmutableDictionary<string, PropertyValue>.Empty.Add("y", PropertyValue.FromArray(["s"])).Add("x", new PropertyValue(1)));

        Assert.Equal(a, b);
        Assert.True(a.ValueEquals(b.WithSecret(true)));
        Assert.NotEqual(a, b.WithSecret(true));
        Assert.Equal("[secret]", new PropertyValue("pw").WithSecret(true).ToString());
        Assert.Equal("{x: [secret]}", PropertyValue.FromMap([new("x", new PropertyValue("pw").WithSecret(true))]).ToString());
    }
}
