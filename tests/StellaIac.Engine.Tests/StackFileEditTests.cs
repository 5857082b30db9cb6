using StellaIac.Engine.Configuration;

namespace StellaIac.Engine.Tests;

/// <summary>Saving a stack file rewrites only the entries that changed, so comments, order and layout survive; what it cannot edit line by line it writes whole.</summary>
public sealed class StackFileEditTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("stella-stackfile-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Saved(string yaml, Func<StackFile, StackFile> change)
    {
        var path = Path.Combine(folder, "Pulumi.test.yaml");
        File.WriteAllText(path, yaml);
        change(StackFile.Load(path)).Save();
        return File.ReadAllText(path);
    }

    [Fact]
    public void Replacing_a_secure_value_with_plain_text_rewrites_its_lines_only()
    {
        var text = Saved(
            "config:\n    # four spaces here\n    a:key:\n        secure: v1:abc:def\n    # keep me\n    b:key: x\n",
            file => file.With("a:key", ConfigValue.Plain("plain")));

        Assert.Equal("config:\n    # four spaces here\n    a:key: plain\n    # keep me\n    b:key: x\n", text);
    }

    [Fact]
    public void A_new_key_goes_after_the_last_entry_and_a_salt_before_the_config()
    {
        var text = Saved(
            "# header\nconfig:\n  a:key: x # why x\n\n# footer\n",
            file => file.With("b:key", ConfigValue.Secure("v1:n:c")) with { EncryptionSalt = "v1:s:c" });

        Assert.Equal("# header\nencryptionsalt: v1:s:c\nconfig:\n  a:key: x # why x\n  b:key:\n    secure: v1:n:c\n\n# footer\n", text);
    }

    [Fact]
    public void A_file_without_config_gets_a_config_block_and_removing_the_last_key_keeps_the_comments()
    {
        var added = Saved("# only a comment\n", file => file.With("a:key", ConfigValue.Plain("true")));
        var removed = Saved("config:\n  # about a\n  a:key: x\n# end\n", file => file.Without("a:key"));

        Assert.Equal("# only a comment\nconfig:\n  a:key: \"true\"\n", added);
        Assert.Equal("config:\n  # about a\n# end\n", removed);
        Assert.Empty(StackFile.Load(Path.Combine(folder, "Pulumi.test.yaml")).Config);
    }

    [Fact]
    public void A_file_with_windows_line_endings_keeps_them()
    {
        var text = Saved("config:\r\n  # why\r\n  a:key: x\r\n", file => file.With("a:key", ConfigValue.Plain("y")));

        Assert.Equal("config:\r\n  # why\r\n  a:key: y\r\n", text);
    }

    [Fact]
    public void A_flow_style_file_is_written_whole_with_the_change()
    {
        var text = Saved("config: {a:key: x, b:key: y}\n", file => file.Without("a:key"));

        Assert.Equal("config:\n  b:key: y\n", text);
    }
}
