using System.Collections.Immutable;
using StellaIac.Engine.Program;
using StellaIac.Engine.Values;

namespace StellaIac.Engine.Testing;

/// <summary>What a test program registered: the resource objects, each registration as sent, the stack outputs, and any failures.</summary>
public sealed record ProgramTestResult(IReadOnlyList<Resource> Resources, IReadOnlyList<RegisterResourceRequest> Registrations, ImmutableDictionary<string, PropertyValue> Outputs, IReadOnlyList<Exception> Failures)
{
    public IEnumerable<T> OfType<T>() => Resources.OfType<T>();

    public RegisterResourceRequest Registration(string urnOrName)
        => Registrations.SingleOrDefault(r => r.Urn == urnOrName) ?? Registrations.Single(r => r.Name == urnOrName);
}
