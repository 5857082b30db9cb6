using System.Text.RegularExpressions;

namespace StellaIac.Engine.Configuration;

/// <summary>
/// Edits a stack file's text in place, line by line, so that <c>config set</c> and <c>rm</c> keep what a YAML
/// tree would lose: comments, blank lines, the order of keys, quoting elsewhere. Only the entries that
/// changed are rewritten; the result is read back and compared, and null means the layout was one this
/// does not edit (flow style, say), for the caller to write the file whole.
/// </summary>
internal static partial class StackFileText
{
    public static string? Edit(string text, StackFile before, StackFile after)
    {
        var lines = text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').ToList();
        SetTopLevel(lines, "secretsprovider", before.SecretsProvider, after.SecretsProvider);
        SetTopLevel(lines, "encryptionsalt", before.EncryptionSalt, after.EncryptionSalt);
        foreach (var (key, _) in before.Config.Where(p => after[p.Key] is null))
        {
            if (Find(lines, key) is not { } span)
            {
                return null;
            }

            lines.RemoveRange(span.Start, span.Count);
        }

        foreach (var (key, value) in after.Config)
        {
            if (before[key] is { } old && StackFile.Render([new(key, old)]) == StackFile.Render([new(key, value)]))
            {
                continue;
            }

            if (!Replace(lines, key, value))
            {
                return null;
            }
        }

        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        return string.Join(newline, lines) + newline;
    }

    private static bool Replace(List<string> lines, string key, ConfigValue value)
    {
        var block = ConfigBlock(lines);
        var indent = block is { } b ? Entries(lines, b).Select(i => Indent(lines[i])).DefaultIfEmpty(2).First() : 2;
        var entry = StackFile.Render([new(key, value)]).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => new string(' ', indent) + l).ToList();
        if (Find(lines, key) is { } span)
        {
            lines.RemoveRange(span.Start, span.Count);
            lines.InsertRange(span.Start, entry);
            return true;
        }

        if (block is null)
        {
            if (lines.Any(l => ConfigHeader().IsMatch(l)))
            {
                return false;
            }

            lines.Add("config:");
            lines.AddRange(entry);
            return true;
        }

        var last = Entries(lines, block.Value).Select(i => Span(lines, i)).LastOrDefault();
        lines.InsertRange(last.Count > 0 ? last.Start + last.Count : block.Value + 1, entry);
        return true;
    }

    /// <summary>Sets, adds or removes a top-level <c>name: value</c> line.</summary>
    private static void SetTopLevel(List<string> lines, string name, string? before, string? after)
    {
        if (before == after)
        {
            return;
        }

        var index = lines.FindIndex(l => l.StartsWith(name + ":", StringComparison.Ordinal));
        if (index >= 0)
        {
            lines.RemoveAt(index);
        }

        if (after is not null)
        {
            var config = lines.FindIndex(l => ConfigHeader().IsMatch(l));
            lines.Insert(index >= 0 ? index : config >= 0 ? config : lines.Count, $"{name}: {after}");
        }
    }

    /// <summary>The line of the block-style <c>config:</c> header, or null.</summary>
    private static int? ConfigBlock(List<string> lines)
    {
        var index = lines.FindIndex(l => BlockConfigHeader().IsMatch(l));
        return index >= 0 ? index : null;
    }

    /// <summary>The lines that start an entry of the config block (its first indentation), in order.</summary>
    private static IEnumerable<int> Entries(List<string> lines, int header)
    {
        int? indent = null;
        for (var i = header + 1; i < lines.Count; i++)
        {
            if (IsBlankOrComment(lines[i]))
            {
                continue;
            }

            var depth = Indent(lines[i]);
            if (depth == 0)
            {
                yield break;
            }

            indent ??= depth;
            if (depth == indent)
            {
                yield return i;
            }
        }
    }

    /// <summary>Where the entry of <paramref name="key"/> is: its line and the more-indented lines under it.</summary>
    private static (int Start, int Count)? Find(List<string> lines, string key)
    {
        if (ConfigBlock(lines) is not { } header)
        {
            return null;
        }

        foreach (var start in Entries(lines, header))
        {
            var name = EntryKey().Match(lines[start]).Groups["key"].Value.Trim('"', '\'');
            if (name == key)
            {
                return Span(lines, start);
            }
        }

        return null;
    }

    private static (int Start, int Count) Span(List<string> lines, int start)
    {
        var indent = Indent(lines[start]);
        var end = start + 1;
        for (var i = start + 1; i < lines.Count && (lines[i].Trim().Length == 0 || Indent(lines[i]) > indent); i++)
        {
            if (lines[i].Trim().Length > 0)
            {
                end = i + 1;
            }
        }

        return (start, end - start);
    }

    private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;

    private static bool IsBlankOrComment(string line) => line.Trim().Length == 0 || line.TrimStart().StartsWith('#');

    [GeneratedRegex(@"^config:\s*(#.*)?$")]
    private static partial Regex BlockConfigHeader();

    [GeneratedRegex(@"^config\s*:")]
    private static partial Regex ConfigHeader();

    [GeneratedRegex(@"^\s*(?<key>""[^""]*""|'[^']*'|[^:#\s]+(:[^:#\s]+)*)\s*:(\s|$)")]
    private static partial Regex EntryKey();
}
