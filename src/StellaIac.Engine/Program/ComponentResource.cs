namespace StellaIac.Engine.Program;

/// <summary>A resource that groups others (its children name it as Parent); no provider manages it.</summary>
public abstract class ComponentResource : Resource
{
    protected ComponentResource(string type, string name, ComponentResourceOptions? options = null)
        : base(type, name, custom: false, null, options)
    {
    }

    /// <summary>
    /// A component recording inputs of its own, as Pulumi's components may: its children wait for its
    /// registration, so an input whose Apply fails stops every child before anything is written.
    /// </summary>
    protected ComponentResource(string type, string name, ResourceArgs args, ComponentResourceOptions? options = null)
        : base(type, name, custom: false, args, options)
    {
    }

    /// <summary>Records the component's outputs in the state; call once its children are declared.</summary>
    protected void RegisterOutputs(IDictionary<string, object?>? outputs = null)
        => Deployment.Current.RegisterOutputs(this, outputs ?? new Dictionary<string, object?>());
}
