using System.Text;

namespace StellaIac.Zendesk.Liquid;

/// <summary>
/// Zendesk runs Shopify's Liquid, whose string literals have no escapes (<c>'\'</c> is one backslash);
/// Scriban reads backslashes in literals as escapes. The renderer rewrites the literals inside tags and outputs
/// so that Scriban reads what Zendesk reads; the text outside them is left alone.
/// </summary>
internal static class LiquidDialect
{
    public static string ForScriban(string liquid)
    {
        ArgumentNullException.ThrowIfNull(liquid);
        var result = new StringBuilder(liquid.Length + 16);
        var i = 0;
        while (i < liquid.Length)
        {
            var open = IndexOfMarkup(liquid, i);
            if (open < 0)
            {
                result.Append(liquid, i, liquid.Length - i);
                break;
            }

            result.Append(liquid, i, open - i);
            var closer = liquid[open + 1] == '{' ? "}}" : "%}";
            var end = liquid.IndexOf(closer, open + 2, StringComparison.Ordinal);
            if (end < 0)
            {
                result.Append(liquid, open, liquid.Length - open);
                break;
            }

            result.Append(EscapeLiterals(liquid[open..(end + 2)]));
            i = end + 2;
        }

        return result.ToString();
    }

    private static int IndexOfMarkup(string text, int from)
    {
        var output = text.IndexOf("{{", from, StringComparison.Ordinal);
        var tag = text.IndexOf("{%", from, StringComparison.Ordinal);
        return output < 0 ? tag : tag < 0 ? output : Math.Min(output, tag);
    }

    private static string EscapeLiterals(string markup)
    {
        var result = new StringBuilder(markup.Length + 8);
        char? quote = null;
        foreach (var c in markup)
        {
            if (quote is null)
            {
                if (c is '\'' or '"')
                {
                    quote = c;
                }

                result.Append(c);
            }
            else if (c == quote)
            {
                quote = null;
                result.Append(c);
            }
            else
            {
                result.Append(c == '\\' ? "\\\\" : c == '"' && quote == '\'' ? "\\\"" : c.ToString());
            }
        }

        return result.ToString();
    }
}
