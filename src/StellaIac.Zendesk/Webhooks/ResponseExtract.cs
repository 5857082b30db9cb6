using System.Text.RegularExpressions;

namespace StellaIac.Zendesk.Webhooks;

/// <summary>
/// A short, one-line extract of what an endpoint answered, safe to print: the given secrets and anything
/// that looks like a credential (a value after "authorization", "token", "password"...) become [secret].
/// </summary>
public static partial class ResponseExtract
{
    public const int DefaultLength = 120;

    public static string Of(string? text, IEnumerable<string> secrets, int maxLength = DefaultLength)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        // Secrets go first, on the whole text, so that truncation cannot leave a recognisable prefix of one.
        var clean = secrets.Where(s => s.Length > 0).OrderByDescending(s => s.Length)
            .Aggregate(text, (t, secret) => t.Replace(secret, "[secret]", StringComparison.Ordinal));
        clean = CredentialValue().Replace(clean, "${name}${separator}[secret]");
        clean = Whitespace().Replace(clean, " ").Trim();
        return clean.Length > maxLength ? clean[..(maxLength - 3)] + "..." : clean;
    }

    [GeneratedRegex(@"(?<name>authorization|bearer|basic|token|api[_-]?key|password|secret)(?<separator>""?\s*[:=]\s*""?|\s+)(?!\[secret\])(?:(?:basic|bearer)\s+)?[^\s""',;}&]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CredentialValue();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
