using StellaIac.Cli.Rendering;
using StellaIac.Engine.Values;

namespace StellaIac.Cli.Tests;

public sealed class TextDiffTests
{
    [Fact]
    public void Removed_lines_come_before_added_ones_and_unchanged_runs_are_elided()
    {
        string[] olds = ["a", "b", "c", "d", "e", "f", "g", "h"];
        string[] news = ["a", "b", "c", "d", "e", "f", "G", "h"];

        Assert.Equal(["...", "  e", "  f", "- g", "+ G", "  h"], TextDiff.Lines(olds, news));
    }

    [Fact]
    public void A_one_line_json_body_is_compared_member_by_member()
    {
        var before = new PropertyValue("{ \"channel\": \"email\", \"customer\": { \"name\": \"{{ticket.requester.name}}\" }, \"tags\": [] }");
        var after = new PropertyValue("{ \"channel\": \"email\", \"customer\": { \"name\": \"{{ticket.requester.name}}\" }, \"brand\": \"x\", \"tags\": [] }");

        var (path, lines) = Assert.Single(TextDiff.Changed("body", before, after));

        Assert.Equal("body", path);
        Assert.Contains("+ \"brand\": \"x\",", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith('-'));
    }

    [Fact]
    public void Secrets_unknowns_and_short_texts_are_never_diffed()
    {
        var longText = new string('x', 100);
        Assert.Empty(TextDiff.Changed("p", new PropertyValue(longText).WithSecret(true), new PropertyValue(longText + "y").WithSecret(true)));
        Assert.Empty(TextDiff.Changed("p", new PropertyValue(longText), PropertyValue.Computed));
        Assert.Empty(TextDiff.Changed("p", new PropertyValue("short"), new PropertyValue("other")));
    }

    [Fact]
    public void Texts_inside_lists_and_maps_are_found_by_path()
    {
        var before = PropertyValue.FromArray([new PropertyValue(PropertyMap.Empty.SetItem("value", new PropertyValue("line 1\nline 2")))]);
        var after = PropertyValue.FromArray([new PropertyValue(PropertyMap.Empty.SetItem("value", new PropertyValue("line 1\nline two")))]);

        var (path, lines) = Assert.Single(TextDiff.Changed("actions", before, after));

        Assert.Equal("actions[0].value", path);
        Assert.Equal(["  line 1", "- line 2", "+ line two"], lines);
    }

    [Fact]
    public void Values_that_differ_beyond_their_long_texts_are_told_apart()
    {
        var longOld = new PropertyValue(new string('a', 90));
        var longNew = new PropertyValue(new string('b', 90));

        Assert.True(TextDiff.OnlyLongTextsDiffer(PropertyValue.FromArray([new PropertyValue("id-1"), longOld]), PropertyValue.FromArray([new PropertyValue("id-1"), longNew])));
        Assert.False(TextDiff.OnlyLongTextsDiffer(PropertyValue.FromArray([new PropertyValue("id-1"), longOld]), PropertyValue.FromArray([new PropertyValue("id-2"), longNew])));
    }
}
