using System.Collections.Immutable;
using System.Text.RegularExpressions;
using StellaIac.Engine.Values;

namespace StellaIac.Cli.Rendering;

/// <summary>
/// Line diffs of the multi-line texts inside a changed property (a trigger's JSON payload), so a reviewer sees
/// which lines of the body change instead of two one-line dumps. Secrets and unknowns are never opened.
/// </summary>
internal static partial class TextDiff
{
    private const int Context = 2;
    private const int LongLine = 80;

    /// <summary>Each multi-line string that differs between before and after at the same path, as a line diff.</summary>
    public static IEnumerable<(string Path, IReadOnlyList<string> Lines)> Changed(string path, PropertyValue? before, PropertyValue? after)
    {
        if (before is null || after is null || before.IsSecret || after.IsSecret || before.IsComputed || after.IsComputed)
        {
            yield break;
        }

        if (before.TryGetArray(out var olds) && after.TryGetArray(out var news))
        {
            for (var i = 0; i < Math.Min(olds.Length, news.Length); i++)
            {
                foreach (var change in Changed($"{path}[{i}]", olds[i], news[i]))
                {
                    yield return change;
                }
            }
        }
        else if (before.TryGetMap(out var oldMap) && after.TryGetMap(out var newMap))
        {
            foreach (var key in oldMap.Keys.Intersect(newMap.Keys).Order(StringComparer.Ordinal))
            {
                foreach (var change in Changed($"{path}.{key}", oldMap[key], newMap[key]))
                {
                    yield return change;
                }
            }
        }
        else if (Text(before) is { } oldText && Text(after) is { } newText && oldText != newText && (IsLong(oldText) || IsLong(newText)))
        {
            yield return (path, Lines(Split(oldText), Split(newText)));
        }
    }

    /// <summary>Whether the two values differ only in long texts, so the line diffs say all there is.</summary>
    public static bool OnlyLongTextsDiffer(PropertyValue? before, PropertyValue? after)
        => before is not null && after is not null && ValueText.Show(Masked(before)) == ValueText.Show(Masked(after));

    /// <summary>A unified diff of two line lists: "- " removed, "+ " added, "  " context, "..." for unchanged runs left out.</summary>
    public static IReadOnlyList<string> Lines(IReadOnlyList<string> olds, IReadOnlyList<string> news)
    {
        var edits = Edits(olds, news);
        var keep = new bool[edits.Count];
        for (var i = 0; i < edits.Count; i++)
        {
            if (edits[i].Mark != ' ')
            {
                for (var j = Math.Max(0, i - Context); j <= Math.Min(edits.Count - 1, i + Context); j++)
                {
                    keep[j] = true;
                }
            }
        }

        var lines = new List<string>();
        for (var i = 0; i < edits.Count; i++)
        {
            if (keep[i])
            {
                lines.Add($"{edits[i].Mark} {edits[i].Line}");
            }
            else if (i == 0 || keep[i - 1])
            {
                lines.Add("...");
            }
        }

        return lines;
    }

    /// <summary>The longest common subsequence of lines, walked back into removals, additions and kept lines.</summary>
    private static List<(char Mark, string Line)> Edits(IReadOnlyList<string> olds, IReadOnlyList<string> news)
    {
        var common = new int[olds.Count + 1, news.Count + 1];
        for (var i = olds.Count - 1; i >= 0; i--)
        {
            for (var j = news.Count - 1; j >= 0; j--)
            {
                common[i, j] = olds[i] == news[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var edits = new List<(char, string)>();
        int o = 0, n = 0;
        while (o < olds.Count || n < news.Count)
        {
            if (o < olds.Count && n < news.Count && olds[o] == news[n])
            {
                edits.Add((' ', olds[o++]));
                n++;
            }
            else if (o < olds.Count && (n == news.Count || common[o + 1, n] >= common[o, n + 1]))
            {
                edits.Add(('-', olds[o++]));
            }
            else
            {
                edits.Add(('+', news[n++]));
            }
        }

        return edits;
    }

    private static PropertyValue Masked(PropertyValue value)
    {
        if (value.IsSecret || value.IsComputed)
        {
            return value;
        }

        if (value.TryGetArray(out var items))
        {
            return PropertyValue.FromArray(items.Select(Masked));
        }

        if (value.TryGetMap(out var map))
        {
            return new PropertyValue(map.ToImmutableDictionary(p => p.Key, p => Masked(p.Value)));
        }

        return Text(value) is { } text && IsLong(text) ? new PropertyValue("(long text)") : value;
    }

    private static bool IsLong(string text) => text.Contains('\n', StringComparison.Ordinal) || text.Length > LongLine;

    /// <summary>Lines as written; a one-line JSON body (the seed's payloads are) one member per line.</summary>
    private static string[] Split(string text)
        => text.Contains('\n', StringComparison.Ordinal) || !text.TrimStart().StartsWith('{') ? text.Split('\n') : JsonMemberBreak().Split(text);

    /// <summary>After "{ " or ", " where a member (a quoted key) or a Liquid tag starts.</summary>
    [GeneratedRegex(@"(?<=[{,]) (?=""|\{[%{])")]
    private static partial Regex JsonMemberBreak();

    private static string? Text(PropertyValue value) => value.Match<string?>(() => null, _ => null, _ => null, s => s, _ => null, _ => null, () => null);
}
