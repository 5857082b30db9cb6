namespace StellaIac.Engine.Program;

/// <summary>A resource that groups others (its children name it as Parent); no provider manages it.</summary>
public abstract class ComponentResource : Resource
{
    protected ComponentResource(string type, string name, ComponentResourceOptions? options = null)
        : base(type, name, custom: false, null, options)
    {
    }

    /// <summary>Records the component's outputs in the state; call once its children are declared.</summary>
    protected void RegisterOutputs(IDictionary<string, object?>? outputs = null)
        => Deployment.Current.RegisterOutputs(this, outputs ?? new Dictionary<string, object?>());
}
