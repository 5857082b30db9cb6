namespace StellaIac.Engine.Providers;

/// <summary>Which provider serves which package (the first segment of a type token, e.g. <c>zendesk</c>).</summary>
public sealed class ProviderRegistry
{
    private readonly Dictionary<string, Func<Provider>> factories = new(StringComparer.Ordinal);

    public ProviderRegistry Add(string package, Func<Provider> factory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(package);
        ArgumentNullException.ThrowIfNull(factory);
        factories[package] = factory;
        return this;
    }

    public IEnumerable<string> Packages => factories.Keys;

    internal Provider Create(string package)
        => factories.TryGetValue(package, out var factory)
            ? factory()
            : throw new InvalidOperationException($"No provider serves the package '{package}'. Known: {string.Join(", ", factories.Keys)}.");

    public static string PackageOf(string type) => type.Split(':')[0];
}
