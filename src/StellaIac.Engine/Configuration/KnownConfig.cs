namespace StellaIac.Engine.Configuration;

/// <summary>
/// The config keys a stack may set: those Pulumi.yaml declares in the project's namespace and those the providers
/// declare in theirs. A namespace with declarations is owned, and a key in it that nobody declares is a typo
/// (<c>stella-iac:golive</c> for <c>goLive</c>) that would otherwise be ignored in silence; keys of other
/// namespaces pass, since other tools and programs keep their config in the same file.
/// </summary>
public sealed class KnownConfig
{
    private readonly Dictionary<string, (string Source, List<string> Names)> owned = new(StringComparer.Ordinal);
    private readonly HashSet<string> secrets = new(StringComparer.Ordinal);

    public KnownConfig(ProjectFile project, IEnumerable<ConfigDeclaration> providers)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(providers);
        foreach (var (text, spec) in project.Config)
        {
            var key = ConfigKey.Parse(text, project.Name);
            if (key.Namespace == project.Name)
            {
                Declare(key, ProjectFile.FileName);
            }

            if (spec.Secret)
            {
                secrets.Add(key.ToString());
            }
        }

        foreach (var declaration in providers)
        {
            Declare(declaration.Key, $"the {declaration.Key.Namespace} provider");
            if (declaration.Secret)
            {
                secrets.Add(declaration.Key.ToString());
            }
        }
    }

    /// <summary>True when Pulumi.yaml or a provider declares the key secret: it is never stored in plain text.</summary>
    public bool IsSecret(ConfigKey key) => secrets.Contains(key.ToString());

    /// <summary>Every key of the stack file is declared, or in a namespace nobody owns.</summary>
    public void Check(StackFile stack)
    {
        ArgumentNullException.ThrowIfNull(stack);
        foreach (var (text, _) in stack.Config)
        {
            Check(ConfigKey.Parse(text, ""), stack.PlaceOf(text));
        }
    }

    /// <summary>The key is declared, or in a namespace nobody owns; else an error naming the key, <paramref name="file"/> (and where in it) and the nearest known key.</summary>
    public void Check(ConfigKey key, string file)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!owned.TryGetValue(key.Namespace, out var declared) || declared.Names.Contains(key.Name))
        {
            return;
        }

        var hint = Nearest(key.Name, declared.Names) is { } nearest
            ? $"did you mean {key.Namespace}:{nearest}?"
            : $"the known keys are {string.Join(", ", declared.Names.Select(n => $"{key.Namespace}:{n}"))}.";
        throw new ConfigurationException($"{file}: unknown config key '{key}': {declared.Source} declares no such key in '{key.Namespace}'; {hint}");
    }

    /// <summary>The same name in another case first, else the closest by edit distance when it is close enough to be a typo; null when none is.</summary>
    public static string? Nearest(string name, IReadOnlyList<string> known)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(known);
        if (known.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase)) is { } sameLetters)
        {
            return sameLetters;
        }

        var best = known.Select(k => (Name: k, Distance: EditDistance(name.ToUpperInvariant(), k.ToUpperInvariant()))).MinBy(p => p.Distance);
        return best.Name is not null && best.Distance <= Math.Max(2, name.Length / 3) ? best.Name : null;
    }

    private void Declare(ConfigKey key, string source)
    {
        if (!owned.TryGetValue(key.Namespace, out var declared))
        {
            owned[key.Namespace] = declared = (source, []);
        }

        declared.Names.Add(key.Name);
    }

    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
