using ProgramRequest = StellaIac.Engine.Program.RegisterResourceRequest;
using WireRequest = Pulumirpc.RegisterResourceRequest;

namespace StellaIac.Engine.PulumiHost;

/// <summary>
/// What a Construct request's options add to each registration: the component takes every option; a child takes
/// the provider of its package (a component child the whole map), the component's protection, and the
/// dependencies of the inputs that flow into its properties.
/// </summary>
internal sealed class ConstructForwarding(ConstructRequest request)
{
    private readonly ConstructOptions options = request.Options;

    public void Apply(ProgramRequest program, WireRequest wire)
    {
        if (program.Type == request.Type && program.Name == request.Name && (program.Parent ?? "") == (request.Parent ?? ""))
        {
            ApplyToComponent(wire);
            return;
        }

        if (!program.Custom)
        {
            AddProviders(wire);
        }
        else if (options.Providers.TryGetValue(wire.Type.Split(':')[0], out var provider))
        {
            wire.Provider = provider;
        }

        wire.Protect = program.Protect || options.Protect == true;
        foreach (var flow in options.InputFlows.Where(f => f.ChildType == program.Type))
        {
            var urns = options.InputDependencies.GetValueOrDefault(flow.Input, []);
            if (urns.Length > 0)
            {
                wire.Dependencies.AddRange(urns.Except(wire.Dependencies));
                var property = wire.PropertyDependencies.TryGetValue(flow.Property, out var existing) ? existing : wire.PropertyDependencies[flow.Property] = new WireRequest.Types.PropertyDependencies();
                property.Urns.AddRange(urns.Except(property.Urns));
            }
        }
    }

    private void ApplyToComponent(WireRequest wire)
    {
        wire.Dependencies.AddRange(options.Dependencies.Except(wire.Dependencies));
        AddProviders(wire);

        if (options.Protect is { } protect)
        {
            wire.Protect = protect;
        }

        wire.AliasURNs.AddRange(options.Aliases);
        wire.AdditionalSecretOutputs.AddRange(options.AdditionalSecretOutputs);
        if (options.CustomTimeouts is not ("", "", ""))
        {
            wire.CustomTimeouts = new WireRequest.Types.CustomTimeouts { Create = options.CustomTimeouts.Create, Update = options.CustomTimeouts.Update, Delete = options.CustomTimeouts.Delete };
        }

        wire.DeletedWith = options.DeletedWith;
        if (options.DeleteBeforeReplace is { } deleteBeforeReplace)
        {
            wire.DeleteBeforeReplace = deleteBeforeReplace;
            wire.DeleteBeforeReplaceDefined = true;
        }

        wire.IgnoreChanges.AddRange(options.IgnoreChanges.Except(wire.IgnoreChanges));
        wire.ReplaceOnChanges.AddRange(options.ReplaceOnChanges.Except(wire.ReplaceOnChanges));
        if (options.RetainOnDelete is { } retain)
        {
            wire.RetainOnDelete = retain;
        }
    }

    /// <summary>The caller's provider per package; set by key, as the program may have named one of them already.</summary>
    private void AddProviders(WireRequest wire)
    {
        foreach (var (package, reference) in options.Providers)
        {
            wire.Providers[package] = reference;
        }
    }
}
