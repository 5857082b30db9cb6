using System.Collections.Immutable;
using StellaIac.Engine.Values;

namespace StellaIac.Engine.Program;

/// <summary>
/// Where a program's resources are registered. The embedded engine plans and applies behind it; the
/// test harness answers with mocks; a later backend can forward it to the Pulumi CLI's ResourceMonitor.
/// </summary>
public interface IResourceMonitor
{
    /// <summary>Returns once the resource is in place (or, in a preview, once its step is planned).</summary>
    Task<RegisterResourceResult> RegisterResourceAsync(RegisterResourceRequest request, CancellationToken ct);

    Task RegisterResourceOutputsAsync(string urn, ImmutableDictionary<string, PropertyValue> outputs, CancellationToken ct);
}
