namespace StellaIac.Engine.Program;

/// <summary>A resource a provider manages: it has an id once created.</summary>
public abstract class CustomResource : Resource
{
    protected CustomResource(string type, string name, ResourceArgs? args, CustomResourceOptions? options = null)
        : base(type, name, custom: true, args, options)
    {
        Id = Bind(r => r.Id.IsComputed ? OutputData<string>.Unknown(false, []) : OutputValues.Read<string>(r.Id));
    }

    public Output<string> Id { get; }
}
